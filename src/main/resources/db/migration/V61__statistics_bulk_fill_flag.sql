-- A large import into a statistics table that already has rows (StatisticsBulkFill) appends its flows with one
-- grouped statement instead of the insert trigger. It tells the trigger so through a transaction-local setting rather
-- than ALTER TABLE … DISABLE TRIGGER, whose lock would hold every reception's statistics row until the import commits.
create or replace function statistics_dossier_inserted() returns trigger language plpgsql as $$
begin
    if current_setting('motcua.statistics_bulk_fill', true) = 'on' then
        return null;
    end if;
    execute statistics_flow_sql('new_rows', null);
    return null;
end $$;
