/**
 * Thống kê: the official report on received / resolved / in-progress dossiers (Biểu số 06/VPCP/KSTT, TT 01/2020/TT-VPCP;
 * DOMAIN.md §6). So far the classification rules ({@link vn.motcua.statistics.ReportClassification}, plain Java);
 * the read model fed by the dossier events, the pages, exports and API follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "organisation", "procedure", "dossier", "web" })
package vn.motcua.statistics;
