/**
 * Hồ sơ: the dossier of one applicant for one procedure, from reception at the one-stop desk to the return of the
 * result. The {@link vn.motcua.dossier.Dossier} aggregate guards its own transitions (DOMAIN.md §4), appends each one
 * to an immutable history and publishes a domain event; other modules listen to the events and never read these
 * tables. The historical import ({@link vn.motcua.dossier.DossierImport}, a bulk path) publishes one
 * {@code DossiersImported} event per file instead, and so does the bulk path for generated benchmark data
 * ({@link vn.motcua.dossier.DossierBulkLoad}, PostgreSQL COPY); their public read contract is the SQL view
 * {@code dossier_statistics_facts} (V14__dossier_import.sql), the only dossier object the statistics module reads.
 * Dossiers submitted on a public-service portal wait in {@code SUBMITTED_ONLINE} until a clerk receives, guides or
 * refuses them ({@link vn.motcua.dossier.OnlineDossiers}); {@link vn.motcua.dossier.DossierChanges} is the status feed
 * the portal reads back, in commit order (V42__dossier_change_feed.sql).
 *
 * <p>Một cửa liên thông: a dossier of a procedure with an interlinked route ({@link vn.motcua.procedure.ProcedureRoutes})
 * copies it at reception as segments ({@code dossier_segment}), one per unit in turn, each with its own deadline; it
 * moves by a transfer and its acknowledgement ({@link vn.motcua.dossier.DossierTransfers}), is seen by every unit of
 * its route and acted on only by the unit holding it; the segment events feed the statistics' segment view.
 *
 * <p>Glossary: tiếp nhận = receive; chuyển xử lý = hand over / assign; bổ sung = supplement; trình ký = submit for
 * approval; phê duyệt = approve; từ chối = refuse (at the desk) / reject after review; xin lỗi, hẹn lại = apology;
 * trả kết quả = return result; rút hồ sơ = withdraw; dừng giải quyết = suspend; chuyển liên thông = transfer (to the
 * next unit of the route); tiếp nhận hồ sơ liên thông = accept the transfer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "procedure", "calendar", "organisation", "audit", "web" })
package vn.motcua.dossier;
