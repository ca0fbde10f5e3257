-- The reports read the flow rows through statistics_flow_idx (span, unit, start) and then each row from the table:
-- rows of one unit and span lie scattered over the heap (appended day by day, for every unit), so a province-year
-- visited a table page per row. With the counted columns in the index the reads are index-only (issue 8: the
-- statistics page's twelve-month trend of a province, 67.000 month rows, 40 ms to 20 ms on the benchmark).
-- It replaces the index it extends: the same key, so the writers keep one index to update.
set local maintenance_work_mem = '1GB';
create index statistics_flow_read_idx on statistics_flow (span, unit_id, start) include (field_code, received_online,
    received_direct, received_postal, early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied);
drop index statistics_flow_idx;
-- Index-only needs pages marked all-visible: vacuum the flows after 1% of changes (merges delete and insert all day)
-- rather than PostgreSQL's default 20%, so the current month's pages do not stay heap reads for weeks.
alter table statistics_flow set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
