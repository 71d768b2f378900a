-- Full-text search over roles, guide sections, skills and certifications (English stemming),
-- kept up to date by generated columns and backed by GIN indexes.

alter table role add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, summary), 'B')) stored;
create index role_search_idx on role using gin (search_vector);

alter table role_guide add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, overview), 'B')
    || setweight(to_tsvector('english'::regconfig, day_in_work), 'C')) stored;
create index role_guide_search_idx on role_guide using gin (search_vector);

alter table guide_entry add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(heading, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, body), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(detail, '') || ' ' || coalesce(category, '')), 'C')) stored;
create index guide_entry_search_idx on guide_entry using gin (search_vector);

alter table skill add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, name), 'A')
    || setweight(to_tsvector('english'::regconfig, description), 'B')
    || setweight(to_tsvector('english'::regconfig, why_it_matters || ' ' || growth_advice), 'C')) stored;
create index skill_search_idx on skill using gin (search_vector);

alter table certification add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, name || ' ' || coalesce(code, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, provider || ' ' || summary), 'B')
    || setweight(to_tsvector('english'::regconfig, exam_format), 'D')) stored;
create index certification_search_idx on certification using gin (search_vector);
