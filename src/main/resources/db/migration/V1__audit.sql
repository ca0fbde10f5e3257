-- Audit records: append-only. The application only ever inserts; the trigger makes that a database guarantee.
create table audit_record (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    actor_unit  varchar(40),
    action      varchar(80)  not null,
    target_type varchar(80)  not null,
    target_id   varchar(120) not null,
    details     text
);
create index audit_record_target_idx on audit_record (target_type, target_id);
create index audit_record_occurred_idx on audit_record (occurred_at);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records cannot be changed or deleted' using errcode = 'insufficient_privilege';
end $$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
