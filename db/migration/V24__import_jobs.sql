-- Salary-survey imports started from the editors' screens (issue 14). They run in the background; their
-- progress and outcome live here, so that any instance can show them and a refresh shows the same.
create table import_job (
    id          bigint generated always as identity primary key,
    file_name   text        not null,
    sha256      text        not null,
    status      text        not null default 'running',
    rows_read   integer     not null default 0,
    accepted    integer     not null default 0,
    rejected    integer     not null default 0,
    rejections  jsonb,
    summary     text,
    started_by  text        not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz,
    constraint import_job_status_ck check (status in ('running', 'imported', 'unchanged', 'refused', 'failed')),
    constraint import_job_finished_ck check ((status = 'running') = (finished_at is null))
);
