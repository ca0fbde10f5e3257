-- A large import into a statistics table that already has rows (StatisticsBulkFill) appends its flows with one
-- grouped statement instead of the insert trigger. It tells the trigger so through a transaction-local setting rather
-- than ALTER TABLE … DISABLE TRIGGER, whose lock would hold every reception's statistics row until the import commits.
drop trigger statistics_dossier_flow_insert on statistics_dossier;
create trigger statistics_dossier_flow_insert after insert on statistics_dossier
    referencing new table as new_rows for each statement
    when (coalesce(current_setting('motcua.statistics_bulk_fill', true), '') <> 'on')
    execute function statistics_dossier_inserted();
