-- Roles (job titles at a level) and the moves between them. Moves follow seed 002's "can lead to" and
-- "transition opportunities" lists and the level ladder of seeds 000 and 003.
-- SOC codes: no SOC code is "ML engineer" exactly. Seed 001 files Senior ML Engineer under 15-2051
-- (Data Scientists); the portal does the same for the ML engineering ladder and says so on the page.

insert into role (slug, title, level_id, family, summary, soc_code, soc_title, position)
select v.slug, v.title, l.id, v.family, v.summary, v.soc_code, v.soc_title, v.position
from (values
 ('junior-ml-engineer', 'Junior ML Engineer', 'junior', 'ladder',
  'Builds and trains models, prepares data and helps ship them, learning production habits from the team.', '15-2051', 'Data Scientists', 1),
 ('ml-engineer', 'ML Engineer', 'mle', 'ladder',
  'Owns models and pipelines end to end, from experiment to a monitored service.', '15-2051', 'Data Scientists', 2),
 ('senior-ml-engineer', 'Senior ML Engineer', 'senior', 'ladder',
  'Owns whole ML systems in production and leads design and mentoring in the team.', '15-2051', 'Data Scientists', 3),
 ('staff-ml-engineer', 'Staff ML Engineer', 'staff', 'ladder',
  'Sets technical direction and shared architecture for several ML teams.', '15-2051', 'Data Scientists', 4),
 ('principal-ml-engineer', 'Principal ML Engineer', 'principal', 'ladder',
  'Shapes the organisation''s ML strategy and its largest technical bets.', '15-2051', 'Data Scientists', 5),
 ('ml-engineering-manager', 'ML Engineering Manager', 'ml-engineering-manager', 'ladder',
  'Leads a team of ML engineers: hiring, coaching, planning and production health.', '11-3021', 'Computer and Information Systems Managers', 6),
 ('mlops-engineer', 'MLOps Engineer', 'mle', 'neighbour',
  'Builds the pipelines, tooling and automation that take models from training to production and keep them there.', '15-1252', 'Software Developers', 7),
 ('ml-platform-engineer', 'ML Platform Engineer', 'senior', 'neighbour',
  'Builds the shared platform (training, feature, registry and serving infrastructure) that ML teams use.', '15-1252', 'Software Developers', 8),
 ('ml-platform-lead', 'ML Platform Lead', 'staff', 'neighbour',
  'Leads the ML platform: its roadmap, architecture and the engineers who build it.', '15-1252', 'Software Developers', 9),
 ('applied-scientist', 'Applied Scientist', 'senior', 'neighbour',
  'Researches and develops new modelling approaches and carries them into products.', '15-1221', 'Computer and Information Research Scientists', 10),
 ('ml-architect', 'ML Architect', 'staff', 'neighbour',
  'Designs the end-to-end architecture of ML systems and platforms across an organisation.', null, null, 11),
 ('data-science-manager', 'Data Science Manager', 'ml-engineering-manager', 'neighbour',
  'Leads a team of data scientists and analysts, balancing research, analysis and product work.', '11-3021', 'Computer and Information Systems Managers', 12),
 ('ml-product-manager', 'Product Manager for ML', 'senior', 'neighbour',
  'Decides what ML products to build and why, and steers them from idea to measurable impact.', null, null, 13),
 ('technical-program-manager', 'Technical Program Manager', 'senior', 'neighbour',
  'Coordinates large, multi-team ML programmes: plans, dependencies, risks and delivery.', null, null, 14),
 ('solutions-architect', 'Solutions Architect', 'senior', 'neighbour',
  'Designs ML solutions with customers or partners on a vendor''s or consultancy''s platform.', null, null, 15)
) as v(slug, title, level, family, summary, soc_code, soc_title, position)
join career_level l on l.slug = v.level;

insert into role_move (from_role_id, to_role_id, kind, note)
select f.id, t.id, v.kind, v.note
from (values
 ('junior-ml-engineer', 'ml-engineer', 'next', 'The usual step after one to two years of dependable delivery.'),
 ('junior-ml-engineer', 'mlops-engineer', 'lateral', 'For juniors drawn to pipelines and tooling more than to modelling.'),
 ('ml-engineer', 'senior-ml-engineer', 'next', 'Comes with owning systems rather than models, and with mentoring.'),
 ('ml-engineer', 'mlops-engineer', 'lateral', 'Trades modelling work for production tooling and automation.'),
 ('ml-engineer', 'applied-scientist', 'lateral', 'Suits engineers who want more research; often easier with a graduate degree.'),
 ('senior-ml-engineer', 'staff-ml-engineer', 'next', 'The technical track: wider scope, cross-team direction.'),
 ('senior-ml-engineer', 'ml-engineering-manager', 'next', 'The management track: people, planning and delivery.'),
 ('senior-ml-engineer', 'ml-architect', 'next', 'For seniors who enjoy end-to-end system design most.'),
 ('senior-ml-engineer', 'ml-platform-lead', 'next', 'Leading the platform other ML teams build on.'),
 ('senior-ml-engineer', 'applied-scientist', 'lateral', 'Moves towards research and new methods.'),
 ('senior-ml-engineer', 'data-science-manager', 'lateral', 'Management of a team closer to analysis and research.'),
 ('senior-ml-engineer', 'ml-product-manager', 'lateral', 'Decides what to build rather than how; ML depth is a strong advantage.'),
 ('senior-ml-engineer', 'technical-program-manager', 'lateral', 'Coordinates large ML programmes across teams.'),
 ('senior-ml-engineer', 'solutions-architect', 'lateral', 'Designs ML solutions with customers of a platform or consultancy.'),
 ('staff-ml-engineer', 'principal-ml-engineer', 'next', 'Organisation-wide strategy and influence.'),
 ('staff-ml-engineer', 'ml-architect', 'lateral', 'Architecture as the whole job, often across business units.'),
 ('staff-ml-engineer', 'ml-engineering-manager', 'lateral', 'A late switch to management is common and often reversible.'),
 ('ml-engineering-manager', 'data-science-manager', 'lateral', 'The same craft of management with a different discipline.'),
 ('ml-engineering-manager', 'staff-ml-engineer', 'lateral', 'Back to the technical track, usually at staff level.'),
 ('mlops-engineer', 'ml-platform-engineer', 'next', 'From pipelines for one team to a platform for many.'),
 ('ml-platform-engineer', 'ml-platform-lead', 'next', 'Leading the platform''s roadmap and team.'),
 ('applied-scientist', 'senior-ml-engineer', 'lateral', 'Back to production engineering, bringing research depth.')
) as v(from_slug, to_slug, kind, note)
join role f on f.slug = v.from_slug
join role t on t.slug = v.to_slug;
