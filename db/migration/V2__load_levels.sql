-- Career tracks and levels. Years and focus follow the seed documents (shared/seeds 000 and 003);
-- typical time in level follows Dropbox's public career framework (L1 1.5-2 years, L2 2-3, L3 2-4,
-- L4 and above are career levels); SFIA 9 levels follow the "Machine learning" (MLNG) skill, defined at 2-6.

insert into career_track (slug, name, description, position) values
('individual-contributor', 'Individual contributor',
 'Grow by taking on harder technical problems with a wider reach: from shipping a model, to owning ML systems in production, to shaping how a whole organisation builds with machine learning.', 1),
('manager', 'Engineering management',
 'Grow by making teams of ML engineers effective: hiring, coaching, planning and delivery. Most people join this track from Senior, after leading projects and mentoring on the technical track.', 2);

insert into career_level (slug, name, short_name, track_id, rank_in_track, years_min, years_max, focus, scope_of_impact,
                          summary, time_in_level_min, time_in_level_max, time_in_level_note, sfia_level, common_name)
select v.slug, v.name, v.short_name, t.id, v.rank_in_track, v.years_min, v.years_max, v.focus, v.scope_of_impact,
       v.summary, v.tmin, v.tmax, v.tnote, v.sfia, v.common_name
from (values
 ('junior', 'Junior ML Engineer', 'Junior', 'individual-contributor', 1, 0, 2, 'Make it work',
  'Well-defined tasks within one project, reviewed by a more experienced engineer.',
  'Learns the team''s stack by training models, cleaning data and helping with deployments. Questions are expected; the goal is dependable delivery of scoped tasks and a growing feel for what breaks in production.',
  1.5, 2.0, 'Usually 1.5-2 years (Dropbox career framework, level 1).', 2, 'Junior'),
 ('mle', 'ML Engineer', 'MLE', 'individual-contributor', 2, 2, 5, 'Make it work well',
  'A model or pipeline owned end to end within one team.',
  'Owns features and models from experiment to production. Designs experiments, debugs training and serving problems, and optimises what already works. Needs guidance on ambiguous or cross-team problems.',
  2.0, 3.0, 'Usually 2-3 years (Dropbox career framework, level 2).', 3, 'Mid'),
 ('senior', 'Senior ML Engineer', 'Senior', 'individual-contributor', 3, 5, 8, 'Make it work in production',
  'Whole ML systems for a team: data pipelines, training, serving and monitoring.',
  'Owns ML systems rather than single models, and thinks about scale, failure, cost and maintainability before writing code. Leads design reviews and mentors others. From here the path splits: staff engineer or engineering manager.',
  2.0, 4.0, 'Usually 2-4 years (Dropbox career framework, level 3); many people make it a career level.', 4, 'Senior'),
 ('staff', 'Staff ML Engineer', 'Staff', 'individual-contributor', 4, 8, 10, 'Make the team effective',
  'Several teams: shared architecture, platforms and standards.',
  'Sets technical direction across teams, designs the architecture others build on, and multiplies the team through mentoring and cross-team coordination. Measured by what the group ships, not by personal output.',
  null, null, 'A career level: there is no expected time before moving on (Dropbox career framework, level 4 and above).', 5, 'Staff'),
 ('principal', 'Principal ML Engineer', 'Principal', 'individual-contributor', 5, 10, null, 'Make the org effective',
  'The whole organisation and its ML strategy; influence beyond the company.',
  'Shapes the organisation''s ML strategy and roadmaps, decides the big build-or-buy questions, and represents the company''s ML work in the industry.',
  null, null, 'A career level: there is no expected time before moving on (Dropbox career framework, level 4 and above).', 6, 'Principal'),
 ('ml-engineering-manager', 'ML Engineering Manager', 'EM', 'manager', 1, 6, 10, 'Make the team deliver',
  'One team of ML engineers: its people, its plan and its production systems.',
  'Hires, coaches and grows a team of ML engineers and keeps its production systems healthy. Stays technical enough to judge designs and trade-offs, but spends most of the week on people, planning and stakeholders.',
  2.0, 4.0, 'Usually 2-4 years before a senior manager role, by analogy with the senior IC level.', 5, 'Manager'),
 ('senior-ml-engineering-manager', 'Senior ML Engineering Manager', 'Senior EM', 'manager', 2, 9, 14, 'Make several teams effective',
  'A group of teams and the managers who lead them.',
  'Leads managers and tech leads, balances headcount, roadmap and reliability across several teams, and turns business goals into a plan the group can deliver.',
  null, null, 'A career level: no expected time before moving on.', 6, 'Senior Manager'),
 ('director-of-ml', 'Director of Machine Learning', 'Director', 'manager', 3, 12, null, 'Make the ML organisation effective',
  'The ML organisation: strategy, budget, hiring plan and executive relationships.',
  'Owns the ML organisation''s strategy, budget and structure, and answers to the executive team for what machine learning delivers to the business.',
  null, null, 'A career level: no expected time before moving on.', 6, 'Director')
) as v(slug, name, short_name, track, rank_in_track, years_min, years_max, focus, scope_of_impact, summary, tmin, tmax, tnote, sfia, common_name)
join career_track t on t.slug = v.track;

update career_track set branches_from_level_id = (select id from career_level where slug = 'senior')
where slug = 'manager';

-- How people are judged at each level: the five promotion criteria of seed 000.
insert into level_dimension (level_id, dimension, expectation)
select l.id, v.dimension, v.expectation
from (values
 ('junior', 'scope', 'Delivers scoped tasks inside one project.'),
 ('junior', 'independence', 'Works with regular guidance and asks for help early.'),
 ('junior', 'technical-leadership', 'Follows the team''s conventions and explains their own choices in review.'),
 ('junior', 'growing-others', 'Shares what they learn, for example in notes or demos.'),
 ('junior', 'business-awareness', 'Knows which product metric their work is meant to move.'),
 ('mle', 'scope', 'Owns a model or pipeline end to end inside one team.'),
 ('mle', 'independence', 'Drives well-defined projects without hand-holding; asks for help on ambiguous ones.'),
 ('mle', 'technical-leadership', 'Writes design notes for their own work and contributes to reviews.'),
 ('mle', 'growing-others', 'Helps juniors and new joiners get productive.'),
 ('mle', 'business-awareness', 'Chooses evaluation metrics that reflect the product goal.'),
 ('senior', 'scope', 'Owns whole ML systems for a team: data, training, serving and monitoring.'),
 ('senior', 'independence', 'Turns vague goals into a plan and delivers it; needs no day-to-day direction.'),
 ('senior', 'technical-leadership', 'Leads design reviews and sets standards the team follows.'),
 ('senior', 'growing-others', 'Mentors juniors and mid-level engineers formally or informally.'),
 ('senior', 'business-awareness', 'Weighs cost, risk and value; explains trade-offs to product partners.'),
 ('staff', 'scope', 'Problems that span several teams: shared architecture, platforms and standards.'),
 ('staff', 'independence', 'Finds the problems worth solving, not only the solutions.'),
 ('staff', 'technical-leadership', 'Sets technical direction across teams and influences without authority.'),
 ('staff', 'growing-others', 'Grows senior engineers and raises the bar of the whole group.'),
 ('staff', 'business-awareness', 'Connects technical roadmaps to business outcomes and budgets.'),
 ('principal', 'scope', 'The organisation''s ML strategy and its largest, riskiest bets.'),
 ('principal', 'independence', 'Defines the agenda for many teams and is accountable for it.'),
 ('principal', 'technical-leadership', 'Decides build-versus-buy and architecture questions with company-wide reach; represents the company externally.'),
 ('principal', 'growing-others', 'Grows staff engineers and future technical leaders.'),
 ('principal', 'business-awareness', 'Shapes what the business does with ML, alongside executives.'),
 ('ml-engineering-manager', 'scope', 'One team: its people, delivery and production health.'),
 ('ml-engineering-manager', 'independence', 'Runs the team''s planning and hiring with light oversight.'),
 ('ml-engineering-manager', 'technical-leadership', 'Makes sure good design decisions get made, mostly through the team''s senior engineers.'),
 ('ml-engineering-manager', 'growing-others', 'Coaches every report, gives regular feedback and builds career plans.'),
 ('ml-engineering-manager', 'business-awareness', 'Agrees goals with product and reports progress in business terms.'),
 ('senior-ml-engineering-manager', 'scope', 'Several teams and their managers.'),
 ('senior-ml-engineering-manager', 'independence', 'Sets the group''s priorities and organisation.'),
 ('senior-ml-engineering-manager', 'technical-leadership', 'Sponsors platform and architecture investments across teams.'),
 ('senior-ml-engineering-manager', 'growing-others', 'Grows managers and tech leads.'),
 ('senior-ml-engineering-manager', 'business-awareness', 'Owns headcount and budget against the business plan.'),
 ('director-of-ml', 'scope', 'The ML organisation as a whole.'),
 ('director-of-ml', 'independence', 'Sets the organisation''s direction with the executive team.'),
 ('director-of-ml', 'technical-leadership', 'Decides where the organisation invests in ML capability.'),
 ('director-of-ml', 'growing-others', 'Builds the leadership bench and the hiring strategy.'),
 ('director-of-ml', 'business-awareness', 'Accountable to executives for what ML delivers.')
) as v(level, dimension, expectation)
join career_level l on l.slug = v.level;
