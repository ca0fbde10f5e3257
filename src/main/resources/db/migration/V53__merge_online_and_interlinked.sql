-- Merge of the two branches of issue 10: V41 (online intake) kept the published view to dossiers that were received
-- (a portal submission not yet accepted, or guided back, has no reception), V51 (interlinked) then recreated it with
-- the receiving unit but without that filter. Both, here.
drop view dossier_statistics_facts;
create view dossier_statistics_facts as
select d.code,
       d.import_id,
       d.resolving_unit_id as unit_id,
       d.receiving_unit_id,
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

-- Likewise the status constraint: V41 added the online states, V51 the transfer; every state of DossierStatus.
alter table dossier drop constraint dossier_status_check;
alter table dossier add constraint dossier_status_check
    check (status in ('RECEIVED', 'IN_PROCESSING', 'AWAITING_SUPPLEMENT', 'PENDING_APPROVAL', 'APPROVED',
                      'RESULT_READY', 'REJECTED_AFTER_REVIEW', 'RETURNED', 'REFUSED_AT_DESK', 'WITHDRAWN',
                      'SUSPENDED', 'SUBMITTED_ONLINE', 'GUIDED', 'TRANSFERRED'));
