-- The content version the search index was built from: an instance rebuilds the index only when the
-- content has changed since, not on every start.

create table search_index_state (
    id              integer primary key,
    content_version bigint  not null,
    constraint search_index_state_one_ck check (id = 1)
);
insert into search_index_state (id, content_version) values (1, -1);
