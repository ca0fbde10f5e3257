/**
 * Thống kê: the official report on received / resolved / in-progress dossiers (Biểu số 06/VPCP/KSTT, TT 01/2020/TT-VPCP;
 * DOMAIN.md §6). The classification rules ({@link vn.motcua.statistics.ReportClassification}, plain Java); the
 * module's own read model ({@code statistics_dossier}, {@code statistics_rating}) fed by the dossier and citizen
 * events, never by reading their tables; the report computed from it in PostgreSQL
 * ({@link vn.motcua.statistics.StatisticsReport}), its JSON API ({@code GET /api/v1/statistics}) and its exports as the
 * official form ({@code GET /statistics/export.xlsx|pdf|csv}). For một cửa liên thông, Biểu 06 counts a dossier at its
 * resolving unit; {@link vn.motcua.statistics.InterlinkedStatistics} adds the reception view (at the receiving unit) and
 * the segment view ({@code statistics_segment}, per processing unit), page {@code GET /statistics/interlinked}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "organisation", "procedure", "dossier", "citizen", "web" })
package vn.motcua.statistics;
