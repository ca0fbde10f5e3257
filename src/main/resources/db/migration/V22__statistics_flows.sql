-- Exact pre-aggregates for the statistics (issues 7 and 8): a province-year over ten million dossiers must be answered
-- in a few hundred milliseconds, and one aggregate over the raw rows cannot be.
--
-- Every figure of the report is a sum, over the dossiers, of "this event happened before instant t" for a handful of
-- events (StatisticsFlows explains the algebra): reception (by channel), resolution (by verdict), withdrawal, closing
-- (resolution or withdrawal), the appointment falling due, the appointment falling due of a closed dossier, a rating.
-- statistics_flow holds how many such events fell on each day, month and year, per unit and field. A report then adds
-- up a few dozen day/month/year rows instead of a million dossiers.
--
-- The flows are a pure function of statistics_dossier: statement-level triggers with transition tables add each
-- changed row's events with +1 (new version) and -1 (old version), whatever wrote the row (an event listener, the bulk
-- import, a fix by hand). Deltas are appended, never updated in place, so concurrent receptions never wait on one hot
-- row; statistics_flow_compact() later merges each key's rows into one. A sum is the same before and after merging.

-- the rating, copied beside the dossier so that its events come from the same row
alter table statistics_dossier add column rated_at timestamptz;
alter table statistics_dossier add column rating_level varchar(20);
update statistics_dossier d set rated_at = r.recorded_at, rating_level = r.level
from statistics_rating r where r.dossier_code = d.code;

create table statistics_flow (
    span            char(1)  not null check (span in ('D', 'M', 'Y')),  -- day, month, year
    start           date     not null,                                  -- first day of the span
    unit_id         bigint   not null,
    field_code      varchar(40) not null,
    received_online integer  not null default 0,
    received_direct integer  not null default 0,
    received_postal integer  not null default 0,
    early           integer  not null default 0,
    on_time         integer  not null default 0,
    late            integer  not null default 0,
    withdrawn       integer  not null default 0,
    closed          integer  not null default 0,  -- resolved or withdrawn
    due             integer  not null default 0,  -- the appointment (not before reception) fell due
    due_closed      integer  not null default 0,  -- ... and the dossier had been closed: the later of the two
    rated           integer  not null default 0,
    rated_satisfied integer  not null default 0
);
create index statistics_flow_idx on statistics_flow (span, unit_id, start);

-- The events of one dossier row: when, and which column. The due instant is never before reception and the
-- due-closed instant is the later of due and closing, so "due by t and not closed by t" = due(t) - due_closed(t).
-- (Columns, not the row type: a trigger's transition table cannot be cast to it.)
create function statistics_dossier_events(received_at timestamptz, channel varchar, due_at timestamptz,
        resolved_at timestamptz, withdrawn_at timestamptz, rated_at timestamptz, rating_level varchar)
    returns table (at timestamptz, kind text)
language sql stable as $$
    values (received_at, 'received_' || lower(channel)),
           (resolved_at,
            case when resolved_at > due_at then 'late'
                 when (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
                      < (due_at at time zone 'Asia/Ho_Chi_Minh')::date then 'early'
                 else 'on_time' end),
           (withdrawn_at, 'withdrawn'),
           (coalesce(resolved_at, withdrawn_at), 'closed'),
           (greatest(due_at, received_at), 'due'),
           (case when coalesce(resolved_at, withdrawn_at) is not null
                 then greatest(due_at, received_at, resolved_at, withdrawn_at) end, 'due_closed'),
           (rated_at, 'rated'),
           (case when rating_level <> 'DISSATISFIED' then rated_at end, 'rated_satisfied')
$$;

-- The statement that appends the flow rows (all three spans) for the rows of relation "added" (counted +1) and of
-- relation "removed" (counted -1), either may be null. A trigger runs it itself: its transition tables are visible
-- to its own statements only. The events are those of statistics_dossier_events, grouped one kind at a time (a bulk
-- import of a million rows groups a million rows six times instead of unfolding eight million events).
create function statistics_flow_sql(added text, removed text) returns text language sql immutable as $$
    select format($q$
        with changed as (
            %s
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
           or rated_satisfied <> 0 $q$,
        concat_ws(' union all ',
            case when added is not null then format('select 1 as sign, %1$s.unit_id, %1$s.field_code,
                %1$s.received_at, %1$s.channel, %1$s.due_at, %1$s.resolved_at, %1$s.withdrawn_at, %1$s.rated_at,
                %1$s.rating_level from %1$s', added) end,
            case when removed is not null then format('select -1 as sign, %1$s.unit_id, %1$s.field_code,
                %1$s.received_at, %1$s.channel, %1$s.due_at, %1$s.resolved_at, %1$s.withdrawn_at, %1$s.rated_at,
                %1$s.rating_level from %1$s', removed) end))
$$;

create function statistics_dossier_inserted() returns trigger language plpgsql as $$
begin
    execute statistics_flow_sql('new_rows', null);
    return null;
end $$;

create function statistics_dossier_updated() returns trigger language plpgsql as $$
begin
    execute statistics_flow_sql('new_rows', 'old_rows');
    return null;
end $$;

create function statistics_dossier_deleted() returns trigger language plpgsql as $$
begin
    execute statistics_flow_sql(null, 'old_rows');
    return null;
end $$;

create trigger statistics_dossier_flow_insert after insert on statistics_dossier
    referencing new table as new_rows for each statement execute function statistics_dossier_inserted();
create trigger statistics_dossier_flow_update after update on statistics_dossier
    referencing old table as old_rows new table as new_rows for each statement execute function statistics_dossier_updated();
create trigger statistics_dossier_flow_delete after delete on statistics_dossier
    referencing old table as old_rows for each statement execute function statistics_dossier_deleted();

-- Merge each key's delta rows into one (dropping keys that sum to nothing). Exact under concurrency: it sums exactly
-- the rows its own DELETE removed (a row a concurrent merge removed first is skipped by this DELETE), and rows
-- appended meanwhile stay as they are. Returns the number of rows merged away.
create function statistics_flow_compact() returns bigint language plpgsql as $$
declare
    merged bigint;
begin
    with keys as (
        select span, start, unit_id, field_code from statistics_flow
        group by span, start, unit_id, field_code having count(*) > 1
    ), removed as (
        delete from statistics_flow f using keys k
        where f.span = k.span and f.start = k.start and f.unit_id = k.unit_id and f.field_code = k.field_code
        returning f.*
    ), merged_rows as (
        insert into statistics_flow (span, start, unit_id, field_code, received_online, received_direct,
            received_postal, early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied)
        select span, start, unit_id, field_code, sum(received_online), sum(received_direct), sum(received_postal),
               sum(early), sum(on_time), sum(late), sum(withdrawn), sum(closed), sum(due), sum(due_closed), sum(rated),
               sum(rated_satisfied)
        from removed group by span, start, unit_id, field_code
        having sum(received_online) <> 0
            or sum(received_direct) <> 0
            or sum(received_postal) <> 0
            or sum(early) <> 0
            or sum(on_time) <> 0
            or sum(late) <> 0
            or sum(withdrawn) <> 0
            or sum(closed) <> 0
            or sum(due) <> 0
            or sum(due_closed) <> 0
            or sum(rated) <> 0
            or sum(rated_satisfied) <> 0
        returning 1
    )
    select (select count(*) from removed) - (select count(*) from merged_rows) into merged;
    return merged;
end $$;

-- The rows already there.
do $$ begin execute statistics_flow_sql('statistics_dossier', null); end $$;
select statistics_flow_compact();

-- For the part of a running day before "now" (StatisticsFlows reads it from the rows themselves) and the corrections
-- that need two instants of one dossier (withdrawn in the period, paused while open).
-- (covering: a province-year reads its ~20.000 withdrawn rows from the index alone, not from 20.000 heap pages)
create index statistics_dossier_unit_withdrawn_idx on statistics_dossier (unit_id, withdrawn_at)
    include (received_at, channel, field_code) where withdrawn_at is not null;
create index statistics_dossier_unit_paused_idx on statistics_dossier (unit_id, paused_since)
    include (received_at, due_at, resolved_at, withdrawn_at, field_code) where paused_since is not null;
create index statistics_dossier_unit_rated_idx on statistics_dossier (unit_id, rated_at) where rated_at is not null;
create index statistics_dossier_unit_due_idx on statistics_dossier (unit_id, (greatest(due_at, received_at)));
create index statistics_dossier_unit_due_closed_idx on statistics_dossier (unit_id,
    (greatest(due_at, received_at, resolved_at, withdrawn_at))) where resolved_at is not null or withdrawn_at is not null;
