/**
 * Liên thông với cổng dịch vụ công: the API through which a public-service portal (the national DVCQG or a province's
 * portal) hands over the dossiers submitted online ({@code POST /api/v1/dossiers}) and reads their status changes back
 * ({@code GET /api/v1/dossiers/changes}), with its OpenAPI description. Transport only: JSON in and out, HTTP status
 * codes; the rules live in the dossier module ({@link vn.motcua.dossier.OnlineDossiers},
 * {@link vn.motcua.dossier.DossierChanges}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal integration",
		allowedDependencies = { "dossier", "organisation", "web" })
package vn.motcua.integration;
