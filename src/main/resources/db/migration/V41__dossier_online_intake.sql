-- Online dossiers from a public-service portal (issue 10; DOMAIN.md §4 row 1): the portal submits, the dossier waits
-- in SUBMITTED_ONLINE without a code or a clock; the clerk receives it (code and appointment from that moment), asks
-- for it to be completed (GUIDED, Mẫu 02: never received) or refuses it (REFUSED_AT_DESK, Mẫu 03).
alter table dossier drop constraint dossier_status_check;
alter table dossier add constraint dossier_status_check
    check (status in ('RECEIVED', 'IN_PROCESSING', 'AWAITING_SUPPLEMENT', 'PENDING_APPROVAL', 'APPROVED',
                      'RESULT_READY', 'REJECTED_AFTER_REVIEW', 'RETURNED', 'REFUSED_AT_DESK', 'WITHDRAWN',
                      'SUSPENDED', 'SUBMITTED_ONLINE', 'GUIDED'));
alter table dossier drop constraint dossier_received_has_code;
alter table dossier add constraint dossier_received_has_code
    check (status in ('REFUSED_AT_DESK', 'SUBMITTED_ONLINE', 'GUIDED')
           or (code is not null and received_at is not null and due_at is not null));

-- the portal's own dossier number: the idempotency key of the submission, with a hash of what was submitted so
-- that a replay is told apart from a different submission under the same number
alter table dossier add column portal_number varchar(60);
alter table dossier add column submitted_at timestamptz;
alter table dossier add column submission_sha256 varchar(64);
alter table dossier add constraint dossier_portal_complete check (portal_number is null
    or (channel = 'ONLINE' and submitted_at is not null and submission_sha256 is not null));
create unique index dossier_portal_number_uk on dossier (portal_number) where portal_number is not null;
-- the clerks' list of submissions waiting for the reception check
create index dossier_online_waiting_idx on dossier (receiving_unit_id, submitted_at) where status = 'SUBMITTED_ONLINE';

-- The published view stays "dossiers that were received": a submission not (yet) received is not a fact for the
-- statistics, whatever its status is called.
create or replace view dossier_statistics_facts as
select d.code,
       d.import_id,
       d.receiving_unit_id as unit_id,
       d.field_code,
       d.procedure_code,
       d.channel,
       d.received_at,
       d.due_at,
       d.resolved_at,
       (d.status = 'REJECTED_AFTER_REVIEW'
           or (d.status = 'RETURNED' and exists (select 1 from dossier_transition t
                                                 where t.dossier_id = d.id and t.action = 'rejectAfterReview')))
           as rejected,
       case when d.status in ('WITHDRAWN', 'SUSPENDED') then d.closed_at end as withdrawn_at,
       case when d.status = 'AWAITING_SUPPLEMENT' then
           (select max(s.requested_at) from dossier_supplement s
            where s.dossier_id = d.id and s.resubmitted_at is null) end as paused_since
from dossier d
where d.status <> 'REFUSED_AT_DESK' and d.received_at is not null;
