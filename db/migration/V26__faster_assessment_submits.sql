-- Storing an assessment is the portal's busiest write (issue: fast pages, measured with bench/run).
--
-- 1. Each answer row checked its dimension through a foreign key, which locks the dimension's row (FOR KEY
--    SHARE) once per answer: 16 people submitting at once all lock the same 45 rows of skill, which costs
--    PostgreSQL more than the inserts themselves (377 submits/s with it, 471-497/s without, on one core).
--    The same rule is kept by two triggers that take no row locks: one statement-level check of the new
--    answers against skill, and a refusal to delete a dimension that answers refer to (the editors' screens
--    refuse that first, with the reason). Both raise foreign_key_violation, as the key did.
alter table assessment_rating drop constraint assessment_rating_skill_fk;

create function assessment_rating_dimensions_exist() returns trigger
    language plpgsql as
$$
declare
    unknown bigint;
begin
    select n.skill_id into unknown
      from new_answers n
     where not exists (select 1 from skill s where s.id = n.skill_id)
     limit 1;
    if found then
        raise foreign_key_violation using
            message = 'assessment_rating refers to skill ' || unknown || ', which does not exist',
            constraint = 'assessment_rating_skill_fk';
    end if;
    return null;
end
$$;

create trigger assessment_rating_dimensions_exist after insert on assessment_rating
    referencing new table as new_answers
    for each statement execute function assessment_rating_dimensions_exist();

create function skill_unreferenced_by_answers() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from assessment_rating r where r.skill_id = old.id) then
        raise foreign_key_violation using
            message = 'skill ' || old.id || ' is still referenced from assessment_rating',
            constraint = 'assessment_rating_skill_fk';
    end if;
    return old;
end
$$;

create trigger skill_unreferenced_by_answers before delete on skill
    for each row execute function skill_unreferenced_by_answers();

-- (No index on assessment_rating.skill_id: it would cost every submit 45 more index entries to speed up only
-- an admin's delete of a dimension, which reads the answers once.)

-- 2. A new assessment's first revision no longer counts up the assessment's change counter: nothing can
--    have been rendered or kept for an assessment that did not exist a moment before, so the update and
--    its change notice (which serialises commits) bought nothing. Every later change counts as before.
create or replace function assessment_touch() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'assessment_revision' and tg_op = 'INSERT' then
        if new.number = 1 then
            return null;
        end if;
    end if;
    update assessment
       set changes = changes + 1
     where id = case when tg_op = 'DELETE' then old.assessment_id else new.assessment_id end;
    return null;
end
$$;
