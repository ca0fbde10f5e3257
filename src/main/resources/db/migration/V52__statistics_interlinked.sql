-- Một cửa liên thông (issue 10), statistics side. statistics_dossier keeps one row per dossier; unit_id is the unit
-- the official report (Biểu 06) counts it at, the resolving unit; receiving_unit_id the unit that received it (the
-- reception view: "xã tiếp nhận … hồ sơ"). Null means the same unit as unit_id: every row written before this version,
-- and any writer that does not know of interlinked dossiers (the event listeners always set it), so no backfill and no
-- writer has to change.
alter table statistics_dossier add column receiving_unit_id bigint;
create index statistics_dossier_receiving_idx on statistics_dossier ((coalesce(receiving_unit_id, unit_id)), received_at);

-- One row per segment of an interlinked dossier that has started (the time spent at one unit of the route), fed by
-- the dossier module's SegmentStarted / SegmentCompleted / SegmentRescheduled events: the segment view counts each
-- unit's segments on time or late, so a district sees where the delays happen.
create table statistics_segment (
    dossier_code varchar(64) not null,
    position     integer     not null,
    unit_id      bigint      not null,
    started_at   timestamptz not null,
    due_at       timestamptz not null,
    completed_at timestamptz,
    paused_since timestamptz,  -- a supplement is awaited since then; the segment's clock is paused
    withdrawn_at timestamptz,  -- the dossier was withdrawn or stopped: the segment is counted nowhere
    primary key (dossier_code, position)
);
create index statistics_segment_unit_idx on statistics_segment (unit_id, started_at);
