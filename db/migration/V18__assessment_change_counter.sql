-- Every change to an assessment (a new revision, a tick, an invitation, a mentor's opinion) counts up its
-- change counter, whichever instance of the portal made it. A rendered results page is reused only while
-- the counter it was rendered at is still the current one.

alter table assessment add column changes bigint not null default 0;

create function assessment_touch() returns trigger
    language plpgsql as
$$
begin
    update assessment
       set changes = changes + 1
     where id = case when tg_op = 'DELETE' then old.assessment_id else new.assessment_id end;
    return null;
end
$$;

create function assessment_touch_by_invitation() returns trigger
    language plpgsql as
$$
begin
    update assessment
       set changes = changes + 1
     where id = (select assessment_id
                   from mentor_invitation
                  where id = case when tg_op = 'DELETE' then old.invitation_id else new.invitation_id end);
    return null;
end
$$;

create trigger assessment_revision_touch after insert or update or delete on assessment_revision
    for each row execute function assessment_touch();
create trigger checklist_tick_touch after insert or update or delete on checklist_tick
    for each row execute function assessment_touch();
create trigger mentor_invitation_touch after insert or update or delete on mentor_invitation
    for each row execute function assessment_touch();
create trigger mentor_opinion_touch after insert or update or delete on mentor_opinion
    for each row execute function assessment_touch_by_invitation();
