-- Editor accounts (issue 14): people who keep the content true. Passwords are stored only as hashes from
-- Spring Security's delegating encoder ({bcrypt}...). Email addresses are kept in lower case.
create table editor_account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint editor_account_email_uk unique (email),
    constraint editor_account_email_ck check (email = lower(email) and email like '%_@_%' and length(email) <= 254),
    constraint editor_account_name_ck check (length(display_name) between 1 and 120),
    constraint editor_account_role_ck check (role in ('EDITOR', 'ADMIN')),
    constraint editor_account_hash_ck check (password_hash like '{%}%')
);

-- What happened, by whom, when and from where: every change, publish, import, sign-in and account change.
-- Append-only: the triggers below refuse every update and delete, whoever asks.
create table audit_record (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor        text,
    action       text        not null,
    content_type text,
    content_id   text,
    before       jsonb,
    after        jsonb,
    address      text,
    constraint audit_record_action_ck check (length(action) between 1 and 60)
);

create index audit_record_at_ix on audit_record (at desc);
create index audit_record_actor_ix on audit_record (actor, at desc);
create index audit_record_type_ix on audit_record (content_type, at desc);

create function audit_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit records cannot be changed or deleted' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
