/**
 * Thủ tục hành chính: the catalogue of procedures (TTHC) by field (lĩnh vực) with their processing times (versioned:
 * a dossier uses the version in force on its reception date), required documents (thành phần hồ sơ), fees (phí,
 * lệ phí) and legal basis; the public pages citizens read and the A4 posters with QR codes offices put on the wall;
 * the CSV import used when migrating from another system.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue",
		allowedDependencies = { "calendar", "organisation", "audit", "web" })
package vn.motcua.procedure;
