-- Reception at scale (issue 8: 50 clerks, >= 200 dossiers/s on two cores).
--
-- 1. The change feed (V42) handed out positions at commit under an exclusive advisory lock, and PostgreSQL releases a
--    lock only once the commit is durable: every writing transaction waited for the previous one's WAL flush, so all
--    commits of the application ran one at a time (one flush each, about 5 ms here: 200 commits/s at best, whatever
--    the cores). Now the writers take the lock SHARED: they commit side by side (one flush may cover several), and
--    their positions, still taken at commit, are in commit order between transactions that do not overlap. What
--    keeps a reader from skipping a late commit is the reader's side (DossierChanges.since): it takes the same lock
--    EXCLUSIVE before it reads, which waits for every writer that already holds a position to finish its commit and
--    lets no new writer take one meanwhile; its query's snapshot, taken after that, sees every position below the
--    largest one it sees. Every transition still enters the feed once, at commit.
create or replace function dossier_change_at_commit() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock_shared(hashtext('dossier_change'));
    insert into dossier_change (transition_id, dossier_id) values (new.id, new.dossier_id);
    return null;
end $$;

-- 2. The flows of one received dossier (V22): the statement of statistics_flow_sql('new_rows', null), written out
--    here so that PL/pgSQL plans it once per connection instead of planning the dynamic text at every reception
--    (the planning was most of PostgreSQL's time per reception). Used for a statement of one row, the reception's
--    case; a bulk statement keeps the dynamic text, planned for its own size. Same statement, same figures
--    (StatisticsFlowsTests).
create or replace function statistics_dossier_inserted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows offset 1) then
        execute statistics_flow_sql('new_rows', null);
        return null;
    end if;
    with changed as (
        select 1 as sign, new_rows.unit_id, new_rows.field_code,
            new_rows.received_at, new_rows.channel, new_rows.due_at, new_rows.resolved_at, new_rows.withdrawn_at, new_rows.rated_at,
            new_rows.rating_level from new_rows
    ), days as (
        select (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_id, field_code,
               sum(sign) filter (where channel = 'ONLINE') as received_online,
               sum(sign) filter (where channel = 'DIRECT') as received_direct,
               sum(sign) filter (where channel = 'POSTAL') as received_postal,
               0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0 as closed, 0 as due, 0 as due_closed,
               0 as rated, 0 as rated_satisfied
        from changed group by 1, 2, 3
        union all
        select (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code, 0, 0, 0,
               sum(sign) filter (where resolved_at <= due_at and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
                                 < (due_at at time zone 'Asia/Ho_Chi_Minh')::date),
               sum(sign) filter (where resolved_at <= due_at and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
                                 >= (due_at at time zone 'Asia/Ho_Chi_Minh')::date),
               sum(sign) filter (where resolved_at > due_at),
               0, sum(sign), 0, 0, 0, 0
        from changed where resolved_at is not null group by 1, 2, 3
        union all
        select (withdrawn_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code, 0, 0, 0, 0, 0, 0,
               sum(sign), sum(sign), 0, 0, 0, 0
        from changed where withdrawn_at is not null group by 1, 2, 3
        union all
        select (greatest(due_at, received_at) at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code,
               0, 0, 0, 0, 0, 0, 0, 0, sum(sign), 0, 0, 0
        from changed group by 1, 2, 3
        union all
        select (greatest(due_at, received_at, resolved_at, withdrawn_at) at time zone 'Asia/Ho_Chi_Minh')::date,
               unit_id, field_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(sign), 0, 0
        from changed where resolved_at is not null or withdrawn_at is not null group by 1, 2, 3
        union all
        select (rated_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               0, sum(sign), sum(sign) filter (where rating_level <> 'DISSATISFIED')
        from changed where rated_at is not null group by 1, 2, 3
    ), daily as (
        select day, unit_id, field_code, coalesce(sum(received_online), 0) as received_online,
               coalesce(sum(received_direct), 0) as received_direct,
               coalesce(sum(received_postal), 0) as received_postal, coalesce(sum(early), 0) as early,
               coalesce(sum(on_time), 0) as on_time, coalesce(sum(late), 0) as late,
               coalesce(sum(withdrawn), 0) as withdrawn, coalesce(sum(closed), 0) as closed,
               coalesce(sum(due), 0) as due, coalesce(sum(due_closed), 0) as due_closed,
               coalesce(sum(rated), 0) as rated, coalesce(sum(rated_satisfied), 0) as rated_satisfied
        from days group by 1, 2, 3
    ), spans as (
        select 'D' as span, day as start, unit_id, field_code, received_online, received_direct,
               received_postal, early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied
        from daily
        union all
        select 'M', date_trunc('month', day)::date, unit_id, field_code, sum(received_online),
               sum(received_direct), sum(received_postal), sum(early), sum(on_time), sum(late), sum(withdrawn),
               sum(closed), sum(due), sum(due_closed), sum(rated), sum(rated_satisfied)
        from daily group by 2, 3, 4
        union all
        select 'Y', date_trunc('year', day)::date, unit_id, field_code, sum(received_online),
               sum(received_direct), sum(received_postal), sum(early), sum(on_time), sum(late), sum(withdrawn),
               sum(closed), sum(due), sum(due_closed), sum(rated), sum(rated_satisfied)
        from daily group by 2, 3, 4
    )
    insert into statistics_flow (span, start, unit_id, field_code, received_online, received_direct,
        received_postal, early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied)
    select * from spans
    where received_online <> 0 or received_direct <> 0 or received_postal <> 0 or early <> 0 or on_time <> 0
       or late <> 0 or withdrawn <> 0 or closed <> 0 or due <> 0 or due_closed <> 0 or rated <> 0
       or rated_satisfied <> 0;
    return null;
end $$;
