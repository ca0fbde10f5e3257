-- Week spans (issue 8). A report up to "today" summed the day rows of the running month: on the province of ten
-- million dossiers, 150 units x 40 fields x up to 30 days, most of a province-year's rows. A run of days is now read as
-- whole ISO weeks (Monday to Sunday) and at most six days on either side (StatisticsFlows.ranges): a fifth of the rows.

alter table statistics_flow drop constraint statistics_flow_span_check;
alter table statistics_flow add constraint statistics_flow_span_check check (span in ('D', 'W', 'M', 'Y'));

-- V22's statement, with the weeks beside the months and years.
create or replace function statistics_flow_sql(added text, removed text) returns text language sql immutable as $$
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
            select 'W', date_trunc('week', day)::date, unit_id, field_code, sum(received_online),
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

-- The reception's single-row statement (V60) is that same text, written into the trigger function here from
-- statistics_flow_sql itself, so PL/pgSQL still plans it once per connection and there is one definition to keep.
do $do$
begin
    execute format($f$
        create or replace function statistics_dossier_inserted() returns trigger language plpgsql as $body$
        begin
            if exists (select 1 from new_rows offset 1) then
                execute statistics_flow_sql('new_rows', null);
                return null;
            end if;
            %s;
            return null;
        end $body$ $f$, statistics_flow_sql('new_rows', null));
end $do$;

-- The weeks of the rows already there, from their days (a week's row is the sum of its days' rows).
set local work_mem = '256MB';
insert into statistics_flow (span, start, unit_id, field_code, received_online, received_direct, received_postal,
    early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied)
select 'W', date_trunc('week', start)::date, unit_id, field_code, sum(received_online), sum(received_direct),
       sum(received_postal), sum(early), sum(on_time), sum(late), sum(withdrawn), sum(closed), sum(due),
       sum(due_closed), sum(rated), sum(rated_satisfied)
from statistics_flow where span = 'D'
group by 2, 3, 4
having sum(received_online) <> 0 or sum(received_direct) <> 0 or sum(received_postal) <> 0 or sum(early) <> 0
    or sum(on_time) <> 0 or sum(late) <> 0 or sum(withdrawn) <> 0 or sum(closed) <> 0 or sum(due) <> 0
    or sum(due_closed) <> 0 or sum(rated) <> 0 or sum(rated_satisfied) <> 0;
