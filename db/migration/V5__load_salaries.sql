-- Salary sources and published bands, exactly as given in shared/data/REFERENCE.md (sections 1-3).
-- Amounts are annual, in US dollars.

insert into salary_source (slug, publisher, title, year, url, kind, method_note, position) values
('bls-oews-2024', 'U.S. Bureau of Labor Statistics', 'Occupational Employment and Wage Statistics, May 2024, national estimates', 2024,
 'https://www.bls.gov/oes/', 'official',
 'A survey of employers covering every worker in an occupation, at every experience level, so it is not broken down by seniority. Wages exclude most bonuses and all equity. Wages at or above $239,200 a year are top-coded. No SOC occupation is "machine learning engineer": ML engineers are usually filed under Data Scientists (15-2051), Computer and Information Research Scientists (15-1221) or Software Developers (15-1252).', 1),
('bls-oews-2023', 'U.S. Bureau of Labor Statistics', 'Occupational Employment and Wage Statistics, May 2023, national and state estimates', 2023,
 'https://www.bls.gov/oes/', 'official',
 'As for May 2024: an employer survey of whole occupations, all experience levels, wages without bonuses or equity, top-coded at $239,200. The state figures are for Data Scientists (15-2051) unless stated.', 2),
('aijobs-2024', 'aijobs.net', 'AI, ML and data science salary survey (public domain, CC0), file of 19 January 2025', 2024,
 'https://aijobs.net/salaries/', 'survey',
 'Self-reported salaries. CareerPath computed the percentiles for job title "Machine Learning Engineer", full-time, work year 2024, residents of the United States, salary in USD, with linear interpolation (as PostgreSQL percentile_cont). The survey has four experience levels, mapped here as EN (entry) to Junior, MI (mid) to ML Engineer, SE (senior) to Senior and EX (executive or director) to Director of ML; it has no staff or principal level.', 3),
('levels-fyi-2025', 'Levels.fyi, as cited in a Senior ML Engineer career guide (seed 001)', 'Senior ML Engineer compensation', 2025,
 'https://www.levels.fyi/', 'guide',
 'Self-reported compensation from tech companies, quoted second-hand by a career guide. Ranges only; no sample size or percentiles were given.', 4),
('career-guide-002', 'Senior Machine Learning Engineer career guide (seed 002)', 'Median salary ranges by level', 2026,
 null, 'guide',
 'Ranges of "median salary" by level from an undated career guide read in 2026; the guide does not say whether they are base or total pay, or where they come from.', 5),
('skillexchange-2026', 'SkillExchange', 'How to Become a Senior Machine Learning Engineer: Career Guide', 2026,
 null, 'guide',
 'A 2026 career guide built from job listings. Gives a median and range for senior roles and rough figures by career stage; the method and pay basis are not stated.', 6),
('career-overview-004', 'Senior Machine Learning Engineer career overview (seed 004)', 'Salary ranges, US market, 2024', 2024,
 null, 'guide',
 'A career overview quoting several US figures for 2024 (typical range, averages, city examples, top earners) without naming its underlying data; some figures include additional compensation.', 7);

-- BLS: whole occupations, all levels (level_id is null).
insert into salary_band (source_id, level_id, occupation_code, label, location_code, location_name, currency, period, pay_basis,
                         p10, p25, median, p75, p90, mean, employment, note)
select s.id, null, v.soc, v.label, v.loc, v.loc_name, 'USD', 'annual', 'base', v.p10, v.p25, v.median, v.p75, v.p90, v.mean, v.employment, v.note
from (values
 ('bls-oews-2024', '15-2051', 'Data Scientists', 'US', 'United States', 63650, 82630, 112590, 155810, 194410, 124590, 233440, null),
 ('bls-oews-2024', '15-1221', 'Computer and Information Research Scientists', 'US', 'United States', 80670, 102710, 140910, 181210, 232120, 152310, 38480, null),
 ('bls-oews-2024', '15-1252', 'Software Developers', 'US', 'United States', 79850, 103050, 133080, 169000, 211450, 144570, 1654440, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US', 'United States', 61070, 79810, 108020, 147670, 184090, 119040, 192710, null),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US', 'United States', 81450, 109990, 145080, 185160, 233110, 157160, 35210, null),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US', 'United States', 77020, 101200, 132270, 167540, 208620, 138110, 1656880, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US-CA', 'California', 68050, 94240, 133690, 173250, 213080, 140490, 33220, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US-WA', 'Washington', 76940, 98590, 132620, 176080, 225920, 148730, 5640, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US-NY', 'New York', 66870, 86890, 128890, 171970, 212360, 134830, 16390, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US-MA', 'Massachusetts', 75540, 89640, 121560, 146990, 185280, 125100, 7400, null),
 ('bls-oews-2023', '15-2051', 'Data Scientists', 'US-TX', 'Texas', 51550, 76060, 100100, 135310, 167160, 109000, 20560, null),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US-CA', 'California', null, null, null, null, null, 187420, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US-WA', 'Washington', null, null, null, null, null, 202910, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US-NY', 'New York', null, null, null, null, null, 158440, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US-MA', 'Massachusetts', null, null, null, null, null, 178820, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1221', 'Computer and Information Research Scientists', 'US-TX', 'Texas', null, null, null, null, null, 139340, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US-CA', 'California', null, null, null, null, null, 173780, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US-WA', 'Washington', null, null, null, null, null, 159990, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US-NY', 'New York', null, null, null, null, null, 150020, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US-MA', 'Massachusetts', null, null, null, null, null, 146580, null, 'State file gives the annual mean only.'),
 ('bls-oews-2023', '15-1252', 'Software Developers', 'US-TX', 'Texas', null, null, null, null, null, 125890, null, 'State file gives the annual mean only.')
) as v(source, soc, label, loc, loc_name, p10, p25, median, p75, p90, mean, employment, note)
join salary_source s on s.slug = v.source;

-- aijobs.net percentiles by experience level (Machine Learning Engineer, FT, 2024, US residents).
insert into salary_band (source_id, level_id, label, location_code, location_name, currency, period, pay_basis,
                         p10, p25, median, p75, p90, sample_size, note)
select s.id, l.id, v.label, 'US', 'United States', 'USD', 'annual', 'base', v.p10, v.p25, v.median, v.p75, v.p90, v.n, v.note
from (values
 ('junior', 'Machine Learning Engineer, experience level EN (entry)', 104500, 115200, 139875, 180000, 250000, 276, null),
 ('mle', 'Machine Learning Engineer, experience level MI (mid)', 112000, 137750, 172000, 223900, 264200, 940, null),
 ('senior', 'Machine Learning Engineer, experience level SE (senior)', 135400, 161200, 201730, 259000, 312200, 2968, null),
 ('director-of-ml', 'Machine Learning Engineer, experience level EX (executive or director)', 173050, 183400, 232750, 261138, 320500, 36,
  'EX means executive or director; only 36 responses.')
) as v(level, label, p10, p25, median, p75, p90, n, note)
join career_level l on l.slug = v.level
cross join salary_source s
where s.slug = 'aijobs-2024';

-- Figures quoted in the seed documents.
insert into salary_band (source_id, level_id, label, location_code, location_name, currency, period, pay_basis,
                         median, mean, min_amount, max_amount, p90, note)
select s.id, l.id, v.label, v.loc, v.loc_name, 'USD', 'annual', v.basis, v.median, v.mean, v.min_amount, v.max_amount, v.p90, v.note
from (values
 ('levels-fyi-2025', 'senior', 'Senior ML Engineer, base salary', 'US', 'United States', 'base', null, null, 150000, 280000, null, null),
 ('levels-fyi-2025', 'senior', 'Senior ML Engineer at FAANG companies, total compensation', 'US', 'United States', 'total', null, null, 400000, null, null,
  'Quoted as "exceeding $400,000 including equity".'),
 ('career-guide-002', 'junior', 'Entry level, median salary range', 'US', 'United States', 'unspecified', null, null, 110000, 150000, null, null),
 ('career-guide-002', 'mle', 'Mid level, median salary range', 'US', 'United States', 'unspecified', null, null, 150000, 200000, null, null),
 ('career-guide-002', 'senior', 'Senior level, median salary range', 'US', 'United States', 'unspecified', null, null, 200000, 280000, null, null),
 ('skillexchange-2026', 'junior', 'Junior ML Engineer (0-2 years)', 'US', 'United States', 'unspecified', 100000, null, null, null, null,
  'Quoted as a median of "around $100K".'),
 ('skillexchange-2026', 'mle', 'ML Engineer (2-5 years)', 'US', 'United States', 'unspecified', null, null, 140000, 180000, null, null),
 ('skillexchange-2026', 'senior', 'Senior Machine Learning Engineer (5-8 years)', 'US', 'United States', 'unspecified', 181300, null, 64000, 300000, null,
  'The guide''s headline median; the range runs from entry into senior roles to top performers.'),
 ('skillexchange-2026', 'staff', 'Lead ML Engineer (8-10 years)', 'US', 'United States', 'unspecified', null, null, 250000, null, null,
  'Quoted as "exceed $250K"; the guide''s lead level corresponds to the portal''s staff level.'),
 ('skillexchange-2026', 'principal', 'Principal ML Engineer (10+ years)', 'US', 'United States', 'unspecified', null, null, 300000, null, null,
  'Quoted as "often tops $300K with equity".'),
 ('career-overview-004', 'senior', 'Typical range and average, US', 'US', 'United States', 'unspecified', null, 129660, 114840, 145270, null,
  'Quoted as the typical range and overall average; low for a senior role next to the other sources.'),
 ('career-overview-004', 'senior', 'Senior-level average, US', 'US', 'United States', 'unspecified', null, 177177, null, null, null, null),
 ('career-overview-004', 'senior', 'Tech hubs such as San Francisco and Seattle', 'US-HUBS', 'US tech hubs', 'unspecified', null, null, null, 256928, null,
  'Quoted as "up to $256,928".'),
 ('career-overview-004', 'senior', 'Austin, Texas, including additional compensation', 'US-TX-AUS', 'Austin, Texas', 'total', 210000, null, null, null, null, null),
 ('career-overview-004', 'senior', 'San Francisco, California, including additional compensation', 'US-CA-SF', 'San Francisco, California', 'total', 258810, null, null, null, null, null),
 ('career-overview-004', 'senior', 'Top 10% of earners, US', 'US', 'United States', 'unspecified', null, null, null, null, 506000,
  'Quoted as "top 10% of earners: over $506,000", i.e. the 90th percentile.')
) as v(source, level, label, loc, loc_name, basis, median, mean, min_amount, max_amount, p90, note)
join career_level l on l.slug = v.level
join salary_source s on s.slug = v.source;
