-- Change notices: PostgreSQL tells every instance of the portal what changed, at commit, through
-- LISTEN/NOTIFY. A kept page is dropped as soon as the notice arrives, so a page shown from memory never
-- needs the database to say whether it is still current (web.ChangeNotices).

-- an assessment changed (a revision, a tick, an invitation, a mentor's opinion; all count up its change
-- counter, V18) or was deleted; the payload is its id
create function assessment_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('assessment_changed', (case when tg_op = 'DELETE' then old.id else new.id end)::text);
    return null;
end
$$;

create trigger assessment_changed_notice after update of changes or delete on assessment
    for each row execute function assessment_notify();

-- the published content changed (a migration, an import, a publish); the payload is the new version
create function content_version_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('content_version', new.version::text);
    return null;
end
$$;

create trigger content_version_notice after update of version on content_version
    for each row execute function content_version_notify();
