-- Search that finds everything: words matched by their English stem with accents ignored (a text search
-- configuration of our own: unaccent, then the English stemmer), titles ranked above bodies, and suggestions
-- for a query that finds nothing from the words of the indexed titles (pg_trgm similarity). Both extensions
-- ship with PostgreSQL and are trusted: the database's owner may create them, no superuser needed.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create text search configuration careerpath (copy = english);
alter text search configuration careerpath
    alter mapping for hword, hword_part, word with unaccent, english_stem;

alter table search_document add column title_document tsvector not null default ''::tsvector;

-- the words of the indexed titles, for "did you mean"
create table search_term (
    term varchar(100) primary key,
    constraint search_term_ck check (term ~ '^[a-z0-9]+$')
);
create index search_term_trgm_idx on search_term using gin (term gin_trgm_ops);

-- rebuild with the new configuration and the new kinds of page at the next start
update search_index_state set content_version = -1 where id = 1;
