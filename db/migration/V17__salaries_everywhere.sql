-- Pay at every level, in every place the data covers, cited like a statistics office would: every figure
-- says what statistic it is and on what basis; places form a hierarchy (metro, state, country, all
-- countries); the public-domain aijobs.net survey is loaded on first start and computed for every title a
-- reader would count as ML engineering, for both tracks; the BLS employment projections are shown.

-- ---- Places -----------------------------------------------------------------------------------------
-- Countries other than the United States come from the survey's ISO codes and need no row here; every
-- place without a parent below is a child of WORLD.
create table location (
    code        varchar(20)  primary key,
    name        varchar(80)  not null,
    kind        varchar(10)  not null,
    parent_code varchar(20),
    position    smallint     not null,
    constraint location_parent_fk foreign key (parent_code) references location (code),
    constraint location_kind_ck check (kind in ('world', 'country', 'state', 'metro', 'region')),
    constraint location_code_ck check (code ~ '^(WORLD|[A-Z]{2}(-[A-Z]{2,4})*)$'),
    constraint location_parent_ck check ((code = 'WORLD') = (parent_code is null))
);
insert into location (code, name, kind, parent_code, position) values
 ('WORLD', 'All countries', 'world', null, 0),
 ('US', 'United States', 'country', 'WORLD', 1),
 ('US-CA', 'California', 'state', 'US', 10),
 ('US-MA', 'Massachusetts', 'state', 'US', 11),
 ('US-NY', 'New York', 'state', 'US', 12),
 ('US-TX', 'Texas', 'state', 'US', 13),
 ('US-WA', 'Washington', 'state', 'US', 14),
 ('US-HUBS', 'US tech hubs (such as San Francisco and Seattle)', 'region', 'US', 20),
 ('US-CA-SF', 'San Francisco, California', 'metro', 'US-CA', 30),
 ('US-TX-AUS', 'Austin, Texas', 'metro', 'US-TX', 31);

alter table salary_band drop column location_name;
alter table salary_band add constraint salary_band_location_fk foreign key (location_code) references location (code);

-- ---- What each figure is ----------------------------------------------------------------------------
-- The survey records gross salary, neither base nor total.
alter table salary_band drop constraint salary_band_basis_ck;
alter table salary_band add constraint salary_band_basis_ck check (pay_basis in ('base', 'gross', 'total', 'unspecified'));

-- The statistic a figure is: percentiles (P10-P90 with the median), a median, a mean, a range of pay, a
-- range of medians, a single quoted figure (a source that names no statistic), a lower or upper bound, or a
-- 90th percentile quoted alone. A single figure lives in "amount", never in "median".
alter table salary_band add column statistic varchar(20);
alter table salary_band add column amount numeric(12, 2);
-- replaced by the statistic check below, which says which figure each kind of band must have
alter table salary_band drop constraint salary_band_has_figure_ck;
update salary_band set statistic = case
    when p25 is not null or p10 is not null then 'percentiles'
    when median is null and mean is not null and min_amount is null and max_amount is null and p90 is null then 'mean'
    else null end;

-- The figures quoted by the guides, one by one.
update salary_band b set statistic = 'range' from source s
 where s.id = b.source_id and s.slug = 'levels-fyi-2025' and b.label = 'Senior ML Engineer, base salary';
update salary_band b set statistic = 'lower-bound' from source s
 where s.id = b.source_id and s.slug = 'levels-fyi-2025' and b.pay_basis = 'total';
update salary_band b set statistic = 'median-range' from source s
 where s.id = b.source_id and s.slug = 'career-guide-002';
update salary_band b set statistic = 'median' from source s
 where s.id = b.source_id and s.slug = 'skillexchange-2026' and b.median is not null;
update salary_band b set statistic = 'range' from source s
 where s.id = b.source_id and s.slug = 'skillexchange-2026' and b.median is null and b.max_amount is not null;
update salary_band b set statistic = 'lower-bound' from source s
 where s.id = b.source_id and s.slug = 'skillexchange-2026' and b.median is null and b.max_amount is null;
update salary_band b set statistic = 'range' from source s
 where s.id = b.source_id and s.slug = 'career-overview-004' and b.min_amount is not null and b.max_amount is not null;
update salary_band b set statistic = 'upper-bound' from source s
 where s.id = b.source_id and s.slug = 'career-overview-004' and b.min_amount is null and b.max_amount is not null;
update salary_band b set statistic = 'p90' from source s
 where s.id = b.source_id and s.slug = 'career-overview-004' and b.p90 is not null;
-- San Francisco and Austin: single figures "including additional compensation", not medians.
update salary_band b set statistic = 'single', amount = b.median, median = null,
       label = replace(b.label, ', including additional compensation', ': a single figure including additional compensation'),
       note = 'The source gives one figure and does not say which statistic it is (median, average or a typical salary).'
  from source s
 where s.id = b.source_id and s.slug = 'career-overview-004' and b.location_code in ('US-CA-SF', 'US-TX-AUS');
update salary_band b set statistic = 'mean' from source s
 where s.id = b.source_id and s.slug = 'career-overview-004' and b.statistic is null and b.mean is not null;

alter table salary_band alter column statistic set not null;
alter table salary_band add constraint salary_band_statistic_ck check (case statistic
    when 'percentiles' then median is not null and ((p25 is not null and p75 is not null) or (p10 is not null and p90 is not null))
    when 'median' then median is not null
    when 'mean' then mean is not null
    when 'range' then min_amount is not null and max_amount is not null
    when 'median-range' then min_amount is not null and max_amount is not null
    when 'single' then amount is not null and median is null
    when 'lower-bound' then min_amount is not null and max_amount is null
    when 'upper-bound' then max_amount is not null and min_amount is null
    when 'p90' then p90 is not null
    else false end);
alter table salary_band add constraint salary_band_positive_amount_ck check (amount is null or amount > 0);

-- The 2024 percentiles of the single title "Machine Learning Engineer" were typed in from the reference
-- table; the survey itself is now loaded and computed for every ML engineering title, so they go.
delete from salary_band b using source s where s.id = b.source_id and s.slug = 'aijobs-2024';
delete from guide_source g using source s where s.id = g.source_id and s.slug = 'aijobs-2024';
delete from level_fact f using source s where s.id = f.source_id and s.slug = 'aijobs-2024';
delete from source where slug = 'aijobs-2024';

update source set
    publisher = 'aijobs.net',
    title = 'AI, ML and data salary survey: every response (public domain, CC0), file of 19 January 2025',
    year = 2025,
    url = 'https://aijobs.net/salaries/',
    date_read = date '2026-11-23',
    method_note = 'Self-reported gross annual salaries of people in AI, ML and data jobs, 74,301 responses from 2020 to January 2025, converted to US dollars by aijobs.net. CareerPath keeps full-time responses with a machine-learning engineering title (listed on the salary page), maps each title family and experience level to a portal level, and computes P10, P25, median, P75 and P90 by linear interpolation for every country, level and year, and for all countries together. A group needs at least 10 responses to be shown. Gross salary: before tax, as the respondents gave it; the survey does not say whether bonuses or equity are included.'
  where slug = 'aijobs-observations';

update source set method_note = 'Self-reported compensation from tech companies (Levels.fyi, 2025), quoted second-hand by Hakia''s undated career guide: a range of base salary, and a lower bound for total compensation at the largest tech companies. No sample size or percentiles were given.'
  where slug = 'levels-fyi-2025';
update source set method_note = 'A 2026 career guide built from job listings. It gives a median and a range for senior roles, a rough median for juniors, a range for mid-level engineers and lower bounds for lead (CareerPath''s Staff) and principal engineers; it does not state its method or whether the figures are base or total pay.'
  where slug = 'skillexchange-2026';

-- ---- The survey's titles and levels -----------------------------------------------------------------
-- Which job titles count as machine-learning engineering, in three families; readers can narrow the list.
create table survey_title (
    job_title varchar(200) primary key,
    family    varchar(10)  not null,
    position  smallint     not null,
    constraint survey_title_family_ck check (family in ('ic', 'manager', 'director'))
);
insert into survey_title (job_title, family, position) values
 ('Machine Learning Engineer', 'ic', 1),
 ('ML Engineer', 'ic', 2),
 ('AI Engineer', 'ic', 3),
 ('Machine Learning Scientist', 'ic', 4),
 ('Applied Machine Learning Engineer', 'ic', 5),
 ('Applied Machine Learning Scientist', 'ic', 6),
 ('Machine Learning Developer', 'ic', 7),
 ('Machine Learning Software Engineer', 'ic', 8),
 ('Machine Learning Infrastructure Engineer', 'ic', 9),
 ('ML Infrastructure Engineer', 'ic', 10),
 ('Machine Learning Platform Engineer', 'ic', 11),
 ('Machine Learning Model Engineer', 'ic', 12),
 ('Machine Learning Research Engineer', 'ic', 13),
 ('Deep Learning Engineer', 'ic', 14),
 ('AI Machine Learning Engineer', 'ic', 15),
 ('Lead Machine Learning Engineer', 'ic', 16),
 ('Lead AI Engineer', 'ic', 17),
 ('Staff Machine Learning Engineer', 'ic', 18),
 ('Principal Machine Learning Engineer', 'ic', 19),
 ('Engineering Manager', 'manager', 30),
 ('Machine Learning Manager', 'manager', 31),
 ('AI Engineering Manager', 'manager', 32),
 ('Director of Machine Learning', 'director', 40),
 ('Head of Machine Learning', 'director', 41),
 ('Head of AI', 'director', 42);

-- How each family's experience levels map onto the portal's levels. The survey has no staff or principal
-- level; a director title is a director whatever experience level its respondent chose.
drop materialized view salary_computed_band;
drop table survey_level_map;
create table survey_level_map (
    family           varchar(10) not null,
    experience_level varchar(2)  not null,
    level_id         bigint      not null,
    constraint survey_level_map_pk primary key (family, experience_level),
    constraint survey_level_map_level_fk foreign key (level_id) references career_level (id),
    constraint survey_level_map_family_ck check (family in ('ic', 'manager', 'director')),
    constraint survey_level_map_code_ck check (experience_level in ('EN', 'MI', 'SE', 'EX'))
);
insert into survey_level_map (family, experience_level, level_id)
select v.family, v.code, l.id from (values
 ('ic', 'EN', 'junior'), ('ic', 'MI', 'mle'), ('ic', 'SE', 'senior'),
 ('manager', 'EN', 'ml-engineering-manager'), ('manager', 'MI', 'ml-engineering-manager'),
 ('manager', 'SE', 'senior-ml-engineering-manager'), ('manager', 'EX', 'director-of-ml'),
 ('director', 'EN', 'director-of-ml'), ('director', 'MI', 'director-of-ml'),
 ('director', 'SE', 'director-of-ml'), ('director', 'EX', 'director-of-ml')
) v(family, code, slug)
join career_level l on l.slug = v.slug;

-- The bands, computed in one place: for the given titles (null: every title above), full-time responses
-- only, by level, year and country of residence, and for all countries together (location WORLD).
create function salary_bands_for(titles varchar[])
returns table (source_id bigint, level_id bigint, work_year smallint, location_code varchar(20),
               experience_levels varchar(20), sample_size integer,
               p10 double precision, p25 double precision, median double precision,
               p75 double precision, p90 double precision)
-- the schema it was created in, also where PostgreSQL 17 runs view maintenance with a safe search_path
language sql stable set search_path from current as $$
    select o.source_id, m.level_id, o.work_year,
           coalesce(o.employee_residence::varchar, 'WORLD'),
           string_agg(distinct o.experience_level, ',' order by o.experience_level)::varchar(20),
           count(*)::integer,
           percentile_cont(0.10) within group (order by o.salary_usd),
           percentile_cont(0.25) within group (order by o.salary_usd),
           percentile_cont(0.50) within group (order by o.salary_usd),
           percentile_cont(0.75) within group (order by o.salary_usd),
           percentile_cont(0.90) within group (order by o.salary_usd)
    from salary_observation o
    join survey_title t on t.job_title = o.job_title
    join survey_level_map m on m.family = t.family and m.experience_level = o.experience_level
    where o.employment_type = 'FT' and (titles is null or o.job_title = any (titles))
    group by grouping sets ((o.source_id, m.level_id, o.work_year, o.employee_residence),
                            (o.source_id, m.level_id, o.work_year))
$$;

-- Every title: computed once per import and read from memory by the pages.
create materialized view salary_computed_band as select * from salary_bands_for(null);
create unique index salary_computed_band_uk on salary_computed_band (source_id, level_id, work_year, location_code);

-- How many full-time responses each title has, for the list of titles; refreshed with the bands.
create materialized view survey_title_count as
select job_title, count(*)::integer as responses from salary_observation where employment_type = 'FT' group by job_title;
create unique index survey_title_count_uk on survey_title_count (job_title);

-- ---- Demand -----------------------------------------------------------------------------------------
insert into source (slug, publisher, author, title, year, url, kind, method_note, date_read, position) values
 ('bls-ep-2023', 'U.S. Bureau of Labor Statistics', null, 'Employment Projections, 2023–2033', 2024,
  'https://www.bls.gov/emp/', 'official',
  'Projected employment for whole occupations in the United States from 2023 to 2033, with the average number of openings each year (new jobs and people leaving the occupation), the median wage in May 2023 and the education typically needed to enter. Employment in thousands.',
  date '2026-11-23', 3);

create table employment_projection (
    id                 bigint generated by default as identity primary key,
    source_id          bigint        not null,
    occupation_code    varchar(10)   not null,
    occupation_name    varchar(120)  not null,
    base_year          smallint      not null,
    target_year        smallint      not null,
    employment_base    numeric(8, 1) not null,
    employment_target  numeric(8, 1) not null,
    change             numeric(8, 1) not null,
    change_percent     numeric(5, 1) not null,
    openings_per_year  numeric(8, 1) not null,
    median_wage        numeric(12, 2) not null,
    median_wage_year   smallint      not null,
    entry_education    varchar(60)   not null,
    position           smallint      not null,
    constraint employment_projection_source_fk foreign key (source_id) references source (id),
    constraint employment_projection_uk unique (source_id, occupation_code),
    constraint employment_projection_code_ck check (occupation_code ~ '^[0-9]{2}-[0-9]{4}$'),
    constraint employment_projection_years_ck check (target_year > base_year),
    -- the source rounds each figure on its own, so the change may differ from the difference by a rounding step
    constraint employment_projection_change_ck check (abs(change - (employment_target - employment_base)) <= 0.2)
);
insert into employment_projection (source_id, occupation_code, occupation_name, base_year, target_year,
    employment_base, employment_target, change, change_percent, openings_per_year, median_wage, median_wage_year,
    entry_education, position)
select s.id, v.code, v.name, 2023, 2033, v.base, v.target, v.change, v.pct, v.openings, v.median, 2023, v.education, v.position
from (values
 ('15-2051', 'Data Scientists', 202.9, 276.0, 73.1, 36.0, 20.8, 108020, 'Bachelor''s degree', 1),
 ('15-1221', 'Computer and Information Research Scientists', 36.6, 46.0, 9.4, 25.6, 3.4, 145080, 'Master''s degree', 2),
 ('15-1252', 'Software Developers', 1692.1, 1995.7, 303.7, 17.9, 125.1, 132270, 'Bachelor''s degree', 3)
) v(code, name, base, target, change, pct, openings, median, education, position)
cross join source s where s.slug = 'bls-ep-2023';

-- ---- Words a reader can check ------------------------------------------------------------------------
update skill set why_it_matters = 'Career guides list it among the gaps they see most often in ML engineers; poor data quality undoes good modelling.'
  where slug = 'data-quality';
update skill set why_it_matters = 'Career guides list it among the skills most often missing; it is what teams rely on seniors for.'
  where slug = 'production-debugging';

update content_version set version = version + 1, updated_at = now();
