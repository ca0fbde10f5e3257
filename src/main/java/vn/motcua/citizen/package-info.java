/**
 * Công dân: the public pages a citizen uses without an account — where is my dossier (code + a check value, from the
 * receipt's QR code), and how satisfied was I — mobile-first and light. Reads the dossier module's narrow public
 * view only; publishes {@link vn.motcua.citizen.RatingRecorded} for the statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen self-service",
		allowedDependencies = { "dossier", "organisation", "audit", "web" })
package vn.motcua.citizen;
