/**
 * The paper (and electronic) forms of the one-stop mechanism as PDF: Mẫu 01–06 of TT 01/2018/TT-VPCP (guiding
 * NĐ 61/2018/NĐ-CP) and Mẫu 01–07 of TT 03/2025/TT-VPCP (guiding NĐ 118/2025/NĐ-CP), rendered from Thymeleaf
 * templates under {@code templates/forms/} with an embedded DejaVu font so that every Vietnamese diacritic prints.
 *
 * <p>A dossier uses the form set in force on its reception date ({@link vn.motcua.dossier.forms.FormSet#forReceptionDate});
 * the data records carry the set, {@link vn.motcua.dossier.forms.DossierForms} picks the template. This package is an
 * internal part of the dossier module: it depends on nothing of MotCua but {@code vn.motcua.web}.
 */
package vn.motcua.dossier.forms;
