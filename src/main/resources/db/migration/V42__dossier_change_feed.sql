-- Status feed for the portal (issue 10, GET /api/v1/dossiers/changes): every transition once, in order, behind a
-- cursor that a reader can never skip past.
--
-- Why not the identity of dossier_transition: ids are taken when a row is inserted, not when its transaction commits.
-- A transaction holding id 100 may commit after another one holding id 101; a reader who saw 101 and moved its
-- cursor there would never see 100. So each transition gets a second number, its position in this table, and the
-- position is taken at COMMIT (a deferred constraint trigger) under a transaction-scoped advisory lock: a committing
-- writer waits until the previous one has committed and released the lock (PostgreSQL releases locks only after the
-- commit is visible), so positions are handed out in commit order and a reader that sees position n already sees
-- every position below n. The lock is held only for the last instant of each writing transaction; writers still run
-- their work in parallel. Transitions written by the historical import ('import') are not in the feed: they come
-- from a system that synchronised them already, and 100.000 of them would be 100.000 positions for nothing.
create table dossier_change (
    position      bigint generated always as identity primary key,
    transition_id bigint not null references dossier_transition (id),
    dossier_id    bigint not null references dossier (id),
    constraint dossier_change_transition_uk unique (transition_id)
);
create index dossier_change_dossier_idx on dossier_change (dossier_id);

create function dossier_change_at_commit() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('dossier_change'));
    insert into dossier_change (transition_id, dossier_id) values (new.id, new.dossier_id);
    return null;
end $$;

create constraint trigger dossier_transition_to_feed after insert on dossier_transition
    deferrable initially deferred
    for each row when (new.action <> 'import')
    execute function dossier_change_at_commit();

-- the history so far, in the order it was written
insert into dossier_change (transition_id, dossier_id)
select id, dossier_id from dossier_transition where action <> 'import' order by id;
