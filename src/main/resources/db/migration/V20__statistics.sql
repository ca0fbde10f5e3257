-- Thống kê: the statistics module's own read model, one row per received dossier, fed by the dossier events (never
-- by reading the dossier tables). A dossier is counted at its receiving unit. Times are the facts the report rules
-- (ReportClassification) need; due_at is the appointment set at reception, moved only by a supplement.
create table statistics_dossier (
    code           varchar(60)  primary key,
    unit_id        bigint       not null,
    field_code     varchar(40)  not null,
    procedure_code varchar(40)  not null,
    channel        varchar(10)  not null check (channel in ('DIRECT', 'ONLINE', 'POSTAL')),
    received_at    timestamptz  not null,
    due_at         timestamptz  not null,
    resolved_at    timestamptz,
    rejected       boolean      not null default false,
    withdrawn_at   timestamptz,
    paused_since   timestamptz,  -- awaiting a supplement since then; null while the clock runs
    constraint statistics_dossier_resolved_or_withdrawn check (resolved_at is null or withdrawn_at is null)
);
-- a period's report reads a unit subtree's rows received up to the cut-off, or resolved in the period
create index statistics_dossier_unit_received_idx on statistics_dossier (unit_id, received_at);
create index statistics_dossier_unit_resolved_idx on statistics_dossier (unit_id, resolved_at);
create index statistics_dossier_unit_field_idx on statistics_dossier (unit_id, field_code);

-- Đánh giá mức độ hài lòng, one per dossier (from the citizen module's RatingRecorded event).
create table statistics_rating (
    dossier_code varchar(60) primary key,
    unit_id      bigint      not null,
    level        varchar(20) not null check (level in ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    recorded_at  timestamptz not null
);
create index statistics_rating_unit_recorded_idx on statistics_rating (unit_id, recorded_at);
