-- Drafts (issue 14): an editor's change to a piece of content, kept apart from the published content until
-- an admin publishes it. The payload is the edited record as JSON; base_stamp is the version of the record
-- the editor started from (PostgreSQL's xmin of that row), so that publishing over someone else's newer
-- change is refused.
create table content_draft (
    id           bigint generated always as identity primary key,
    content_type text        not null,
    content_id   bigint,
    payload      jsonb       not null,
    base_stamp   text,
    author       text        not null,
    status       text        not null default 'draft',
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    published_at timestamptz,
    published_by text,
    constraint content_draft_status_ck check (status in ('draft', 'published', 'discarded')),
    constraint content_draft_published_ck check ((status = 'published') = (published_at is not null))
);

create index content_draft_open_ix on content_draft (content_type, content_id) where status = 'draft';

-- An address that was renamed keeps working: the old slug answers 301 to the new one.
create table slug_redirect (
    content_type text        not null,
    old_slug     text        not null,
    content_id   bigint      not null,
    created_at   timestamptz not null default now(),
    constraint slug_redirect_pk primary key (content_type, old_slug)
);
