-- Guides for every ladder level (the two new manager levels included), neighbouring roles' own skills, the
-- moves of the manager track, and each guide's sources as citable records. Text is CareerPath's own.

insert into role (slug, title, level_id, family, summary, soc_code, soc_title, position)
select v.slug, v.title, l.id, 'ladder', v.summary, v.soc_code, v.soc_title, v.position from (values
 ('senior-ml-engineering-manager', 'Senior ML Engineering Manager', 'senior-ml-engineering-manager', 'Leads several ML teams through their managers: hiring managers, planning across teams and shaping how the group is organised.', '11-3021', 'Computer and Information Systems Managers', 16),
 ('director-of-ml', 'Director of Machine Learning', 'director-of-ml', 'Owns the ML organisation: its strategy, budget, structure and results, answering to the executive team.', '11-3021', 'Computer and Information Systems Managers', 17)
) as v(slug, title, level, summary, soc_code, soc_title, position)
join career_level l on l.slug = v.level;

insert into role_guide (role_id, overview, day_in_work, last_reviewed)
select r.id, v.overview, v.day, date '2026-11-23' from (values
 ('senior-ml-engineering-manager', 'A senior ML engineering manager leads several teams of ML engineers, mostly through the managers and tech leads who run them. The job shifts from running one team well to making a group of teams work together: deciding which team owns what, balancing headcount, roadmap and reliability across them, hiring and growing managers, and turning the business''s goals into a plan the group can deliver. Technical judgement still matters, but it is exercised through staff engineers and design reviews rather than hands-on work.', 'The week is built around one-to-ones with the managers and tech leads who report in, a planning or portfolio review with product partners, and a few cross-team design or incident reviews where a decision needs an owner. Hiring takes a steady share: interviewing manager candidates, calibrating offers, and reviewing the loops the teams run. In between come headcount and budget conversations, skip-level meetings with engineers, and written updates to the director on progress, risks and people.'),
 ('director-of-ml', 'A director of machine learning owns the ML organisation: its strategy, its budget and headcount, its structure, and what it delivers to the business. Directors answer to the executive team for machine learning''s results, decide where the organisation invests in ML capability (platforms, research, hiring), and build the leadership bench that runs the teams. The job is mostly about people, priorities and money; technical direction is set together with principal engineers.', 'A director''s week mixes leadership meetings with peers and executives, reviews of the organisation''s portfolio and budget, one-to-ones with senior managers and principal engineers, and hiring for senior roles. Some days are dominated by planning cycles or reorganisations; others by a strategic decision, such as a vendor platform, a new class of models, or a change in how ML work is governed. Directors also spend time outside the organisation: with customers, partners, and at events that help hiring.')
) as v(role, overview, day)
join role r on r.slug = v.role;

insert into guide_entry (role_id, section, category, heading, body, detail, position)
select r.id, v.section, v.category, v.heading, v.body, v.detail, v.position from (values
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Lead several ML teams through their managers and tech leads.', null, 1),
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Hire, coach and grow managers, and keep review standards consistent across teams.', null, 2),
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Balance roadmap, headcount and reliability work across the group.', null, 3),
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Decide team boundaries and ownership as the group changes.', null, 4),
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Turn business goals into a plan several teams can deliver, and report on it.', null, 5),
 ('senior-ml-engineering-manager', 'responsibility', null, null, 'Sponsor platform and architecture investments that no single team can fund.', null, 6),
 ('senior-ml-engineering-manager', 'tool', 'People', 'Manager one-to-ones and skip-levels', 'Growing managers and hearing directly from engineers.', null, 1),
 ('senior-ml-engineering-manager', 'tool', 'Planning', 'Portfolio and capacity plans', 'Headcount, roadmap and reliability across teams in one view.', null, 2),
 ('senior-ml-engineering-manager', 'tool', 'Organisation', 'Team charters and ownership maps', 'Who owns which system and decision.', null, 3),
 ('senior-ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'Tell us about a manager you hired or grew who struggled at first. What did you do?', null, 1),
 ('senior-ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'Two of your teams both claim the same system. How do you decide who owns it?', null, 2),
 ('senior-ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'Describe a time you had to cut a roadmap item that a senior partner wanted.', null, 3),
 ('senior-ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'How do you know whether a team you do not manage directly is healthy?', null, 4),
 ('senior-ml-engineering-manager', 'interview', 'ml-system-design', null, 'Three teams each built their own feature pipeline. How would you decide whether to consolidate, and how would you run it?', null, 5),
 ('senior-ml-engineering-manager', 'interview', 'ml-system-design', null, 'Review this architecture for a group-wide model-serving platform: what would you ask the staff engineer who proposed it?', null, 6),
 ('senior-ml-engineering-manager', 'interview', 'technical-deep-dive', null, 'Walk us through the hardest reliability problem one of your teams had and how the group fixed it.', null, 7),
 ('senior-ml-engineering-manager', 'interview', 'technical-deep-dive', null, 'How do you weigh investment in ML platform work against product features across teams?', null, 8),
 ('senior-ml-engineering-manager', 'interview', 'coding', null, 'Rarely a coding round; some companies ask for a short code or design review exercise to check technical judgement.', null, 9),
 ('senior-ml-engineering-manager', 'challenge', null, 'Managing through managers', 'You no longer see the work directly, and problems reach you late.', 'Hold regular skip-levels, read the teams'' design and incident reviews, and ask managers for risks, not only status.', 1),
 ('senior-ml-engineering-manager', 'challenge', null, 'Ownership gaps between teams', 'Systems and decisions fall between teams, or two teams fight over them.', 'Write down who owns what, review it every quarter, and settle disputes quickly and in writing.', 2),
 ('senior-ml-engineering-manager', 'challenge', null, 'Growing new managers', 'Strong engineers promoted into management repeat the same early mistakes.', 'Pair each new manager with a peer mentor, review their one-to-ones and feedback with them, and set expectations in writing.', 3),
 ('senior-ml-engineering-manager', 'skill-gap', null, 'Organisation design', 'Practise by writing team charters for the group and testing them against real incidents and projects.', null, 1),
 ('senior-ml-engineering-manager', 'skill-gap', null, 'Growing managers', 'Run a quarterly calibration of reviews across your teams and discuss the differences with the managers.', null, 2),
 ('senior-ml-engineering-manager', 'faq', null, 'How is a senior manager different from a manager?', 'A manager runs one team. A senior manager runs several through their managers, and is judged on how the teams work together: ownership, planning across teams, and the managers they grow.', null, 1),
 ('senior-ml-engineering-manager', 'faq', null, 'How many people does a senior ML engineering manager lead?', 'Usually two to five teams, each with its own manager or tech lead. The number matters less than the scope: several teams whose plans have to fit together.', null, 2),
 ('senior-ml-engineering-manager', 'faq', null, 'Do senior managers still need to be technical?', 'Enough to judge designs and ask the right questions in reviews. Their technical judgement works through staff engineers, not through their own code.', null, 3),
 ('senior-ml-engineering-manager', 'faq', null, 'What comes next?', 'Director of machine learning, owning the whole ML organisation; some move to a staff or principal role instead, back on the technical track.', null, 4),
 ('director-of-ml', 'responsibility', null, null, 'Set the ML organisation''s strategy with the executive team and answer for its results.', null, 1),
 ('director-of-ml', 'responsibility', null, null, 'Own the ML budget, headcount plan and hiring strategy.', null, 2),
 ('director-of-ml', 'responsibility', null, null, 'Design the organisation''s structure and change it as the strategy changes.', null, 3),
 ('director-of-ml', 'responsibility', null, null, 'Build the leadership bench: senior managers, managers and principal engineers.', null, 4),
 ('director-of-ml', 'responsibility', null, null, 'Decide, with principal engineers, where the organisation invests in ML capability.', null, 5),
 ('director-of-ml', 'responsibility', null, null, 'Own the organisation''s stance on model risk, data protection and responsible AI.', null, 6),
 ('director-of-ml', 'tool', 'Strategy', 'Strategy papers and annual plans', 'Setting direction and budget.', null, 1),
 ('director-of-ml', 'tool', 'Organisation', 'Organisation design and leadership reviews', 'Structure, succession and the leadership bench.', null, 2),
 ('director-of-ml', 'tool', 'Governance', 'Model risk and review boards', 'Deciding what the organisation ships and on what evidence.', null, 3),
 ('director-of-ml', 'interview', 'leadership-behaviour', null, 'Tell us about an ML strategy you set. How did you decide what not to do?', null, 1),
 ('director-of-ml', 'interview', 'leadership-behaviour', null, 'Describe a reorganisation you led and what you would do differently.', null, 2),
 ('director-of-ml', 'interview', 'leadership-behaviour', null, 'How have you built a leadership bench? Give an example of someone you grew into a senior role.', null, 3),
 ('director-of-ml', 'interview', 'leadership-behaviour', null, 'An executive wants a generative AI launch in a quarter; your teams say it is not safe. What do you do?', null, 4),
 ('director-of-ml', 'interview', 'ml-system-design', null, 'How would you structure the ML platform and teams for a company growing from ten to a hundred models in production?', null, 5),
 ('director-of-ml', 'interview', 'ml-system-design', null, 'Build or buy: how would you decide whether to adopt a vendor ML platform for the whole organisation?', null, 6),
 ('director-of-ml', 'interview', 'technical-deep-dive', null, 'How do you measure whether the ML organisation is delivering value to the business?', null, 7),
 ('director-of-ml', 'interview', 'technical-deep-dive', null, 'What governance would you put around models that make decisions about customers?', null, 8),
 ('director-of-ml', 'interview', 'coding', null, 'No coding round is usual; expect a case study or strategy presentation instead.', null, 9),
 ('director-of-ml', 'challenge', null, 'Showing value', 'ML work is hard to tie to business results, and budgets follow results.', 'Agree the business measures for each major programme up front, and report them every quarter, including the failures.', 1),
 ('director-of-ml', 'challenge', null, 'Hype and pressure', 'Executives want the latest technique now; teams know the risks.', 'Run small, measured bets with clear exit criteria, and explain the risks in business terms.', 2),
 ('director-of-ml', 'challenge', null, 'Distance from the work', 'Decisions are made far from the engineers who know the details.', 'Keep principal engineers in strategic decisions and hold regular skip-level meetings.', 3),
 ('director-of-ml', 'skill-gap', null, 'Financial planning', 'Build the ML budget yourself once, line by line, with finance.', null, 1),
 ('director-of-ml', 'skill-gap', null, 'Executive communication', 'Present the ML strategy to executives in business terms, and ask for feedback on it.', null, 2),
 ('director-of-ml', 'faq', null, 'Is a director still an engineer?', 'Not in the day-to-day sense. Directors need enough technical depth to judge strategy and to trust, and challenge, their principal engineers.', null, 1),
 ('director-of-ml', 'faq', null, 'How many people does a director of ML lead?', 'It varies widely: from one group of teams in a mid-sized company to a whole ML organisation of several groups. What defines the role is owning strategy, budget and structure.', null, 2),
 ('director-of-ml', 'faq', null, 'What do directors answer for?', 'What ML delivers to the business, the organisation''s health and the risks its models take, to the executive team.', null, 3),
 ('director-of-ml', 'faq', null, 'Why does the survey show directors paid less than some managers?', 'In the aijobs.net survey the director responses are few and come from a mix of company sizes, so their median is lower than the engineering managers''. The salary page shows the figures with their sample sizes and explains why the portal reads them with care.', null, 4)
) as v(role, section, category, heading, body, detail, position)
join role r on r.slug = v.role;

insert into guide_entry (role_id, section, category, heading, body, detail, position)
select r.id, v.section, v.category, v.heading, v.body, v.detail,
       (select coalesce(max(e.position), 0) from guide_entry e where e.role_id = r.id and e.section = v.section)
         + row_number() over (partition by r.id, v.section order by v.ord)
from (values
 ('junior-ml-engineer', 'interview', 'ml-system-design', null, 'How would you turn a model that works in a notebook into something a colleague can run every day?', null, 1),
 ('junior-ml-engineer', 'interview', 'technical-deep-dive', null, 'Your validation accuracy is much higher than on new data. What might be going on?', null, 2),
 ('junior-ml-engineer', 'interview', 'coding', null, 'Clean and aggregate a small messy data set with pandas or SQL, explaining your checks.', null, 3),
 ('junior-ml-engineer', 'interview', 'leadership-behaviour', null, 'Tell us about feedback on your code that you disagreed with. What did you do?', null, 4),
 ('junior-ml-engineer', 'challenge', null, 'Invisible work', 'Cleaning data and fixing small bugs feels unglamorous and goes unnoticed.', 'Write short notes on what you found and fixed; they become evidence of impact and help the team.', 5),
 ('junior-ml-engineer', 'faq', null, 'How do I get from Junior to ML Engineer?', 'Deliver scoped tasks dependably, then take one model or pipeline end to end with guidance only at the decision points. The level page lists what rises.', null, 6),
 ('junior-ml-engineer', 'faq', null, 'Should I specialise early?', 'Not yet. Learn how a model gets from data to production across the whole stack; a specialty comes later, usually between ML Engineer and Senior.', null, 7),
 ('ml-engineer', 'interview', 'ml-system-design', null, 'Design the training and serving of a model that ranks items in a feed, and say how you would monitor it.', null, 1),
 ('ml-engineer', 'interview', 'technical-deep-dive', null, 'How would you decide between a simpler model and a deep one for a new problem?', null, 2),
 ('ml-engineer', 'interview', 'coding', null, 'Implement a metric or a small model component (for example precision at k) and test it.', null, 3),
 ('ml-engineer', 'interview', 'leadership-behaviour', null, 'Tell us about a time you helped a newer teammate become productive.', null, 4),
 ('ml-engineer', 'challenge', null, 'Estimates', 'ML work is uncertain and estimates slip.', 'Break work into experiments with time boxes, and report what you learned at each, not only what is done.', 5),
 ('ml-engineer', 'faq', null, 'How long do people stay at this level?', 'Usually two to three years; the level page shows each source''s figure.', null, 6),
 ('ml-engineer', 'faq', null, 'Do I need to know MLOps at this level?', 'Enough to deploy and monitor the models you own with the team''s tools. Designing that tooling is Senior work.', null, 7),
 ('ml-engineer', 'faq', null, 'Is it better to specialise in modelling or infrastructure?', 'Either can lead to Senior. Pick the area you enjoy and go deep in it while staying able to ship end to end.', null, 8),
 ('staff-ml-engineer', 'interview', 'ml-system-design', null, 'Several product teams each train their own embedding models. Design a shared approach and the path to adopt it.', null, 1),
 ('staff-ml-engineer', 'interview', 'ml-system-design', null, 'Design the evaluation and release process for models that several teams ship into one product.', null, 2),
 ('staff-ml-engineer', 'interview', 'technical-deep-dive', null, 'Tell us about a technical bet you made that affected several teams. How did you reduce the risk?', null, 3),
 ('staff-ml-engineer', 'interview', 'leadership-behaviour', null, 'Describe a senior engineer you helped grow. What changed in their work?', null, 4),
 ('staff-ml-engineer', 'interview', 'leadership-behaviour', null, 'How do you decide which cross-team problem to work on next?', null, 5),
 ('staff-ml-engineer', 'challenge', null, 'Invisible impact', 'Your best work shows up in other teams'' results.', 'Write down the decisions you led and their effects; ask the teams to say what changed.', 6),
 ('staff-ml-engineer', 'challenge', null, 'Being pulled into everything', 'Every team wants a staff engineer in its meetings.', 'Choose a few problems that matter most across teams and say no to the rest, with reasons.', 7),
 ('staff-ml-engineer', 'faq', null, 'How is Staff different from Senior?', 'Mostly in scope and influence, not in technical breadth: a staff engineer owns problems that span several teams and changes how they work. The level page lists the dimensions that rise.', null, 8),
 ('staff-ml-engineer', 'faq', null, 'Do staff engineers still code?', 'Yes, but less than seniors: prototypes for risky bets, reviews, and the hardest fixes.', null, 9),
 ('staff-ml-engineer', 'faq', null, 'Does every company have staff ML engineers?', 'No. The level exists where several ML teams need technical leadership that no single team can provide.', null, 10),
 ('principal-ml-engineer', 'interview', 'ml-system-design', null, 'Design the organisation''s approach to large language models: what to build, what to buy, and how to govern it.', null, 1),
 ('principal-ml-engineer', 'interview', 'technical-deep-dive', null, 'Tell us about a technical direction you set that the organisation later had to change. What did you learn?', null, 2),
 ('principal-ml-engineer', 'interview', 'leadership-behaviour', null, 'How do you grow staff engineers into principals?', null, 3),
 ('principal-ml-engineer', 'interview', 'leadership-behaviour', null, 'Describe how you brought executives to a decision they did not want to make.', null, 4),
 ('principal-ml-engineer', 'interview', 'coding', null, 'Sometimes a deep technical session instead of coding: reviewing a critical design or a research prototype.', null, 5),
 ('principal-ml-engineer', 'interview', 'technical-deep-dive', null, 'How would you evaluate a vendor''s claim that their model beats ours?', null, 6),
 ('principal-ml-engineer', 'challenge', null, 'Long feedback loops', 'Strategic bets take years to prove right or wrong.', 'Set intermediate measures for each bet and review them openly.', 7),
 ('principal-ml-engineer', 'challenge', null, 'Staying credible', 'Being far from the code while setting technical direction.', 'Keep one hands-on thread, such as prototypes or evaluations, and rely on staff engineers for the details.', 8),
 ('principal-ml-engineer', 'faq', null, 'How is Principal different from Staff?', 'A principal works at the organisation''s scale: its ML strategy, its largest technical bets, and its reputation outside. The level page lists the dimensions that rise.', null, 9),
 ('principal-ml-engineer', 'faq', null, 'Do principals need publications or talks?', 'Often: representing the organisation''s ML work in the industry is part of the level, but patents, open source and talks all count.', null, 10),
 ('principal-ml-engineer', 'faq', null, 'Is Principal the same as a director?', 'No. A principal leads through technical direction; a director leads people, budget and structure. They work as partners.', null, 11),
 ('ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'Walk us through how you run one-to-ones and career conversations.', null, 1),
 ('ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'Tell us about hiring someone who did not work out. What would you do differently?', null, 2),
 ('ml-engineering-manager', 'interview', 'leadership-behaviour', null, 'How do you keep on-call sustainable for a team running production models?', null, 3),
 ('ml-engineering-manager', 'interview', 'technical-deep-dive', null, 'Your team''s model quality dropped after a release. How do you lead the response?', null, 4),
 ('ml-engineering-manager', 'interview', 'ml-system-design', null, 'How would you plan the migration of your team''s models to a new serving platform with no downtime?', null, 5),
 ('ml-engineering-manager', 'interview', 'coding', null, 'Some companies keep a light coding or code-review round to check technical fluency.', null, 6),
 ('ml-engineering-manager', 'challenge', null, 'Judging ML work', 'Estimates and progress in ML are hard to read.', 'Plan in experiments with decision points, and ask for evidence rather than status.', 7),
 ('ml-engineering-manager', 'challenge', null, 'Partners'' expectations', 'Product partners expect certainty that ML work cannot give.', 'Agree success measures and fallbacks up front, and share risks early.', 8),
 ('ml-engineering-manager', 'faq', null, 'Do I need to be the best engineer on the team?', 'No. You need enough depth to judge designs and trade-offs; the team''s senior engineers lead the technical work.', null, 9),
 ('ml-engineering-manager', 'faq', null, 'How many reports does an ML engineering manager have?', 'Commonly five to eight engineers; what matters is running one team well.', null, 10),
 ('ml-engineering-manager', 'faq', null, 'What does the manager track expect that Senior did not?', 'The people dimensions: hiring, performance and growth, team health, planning across the team, organisation design and partners. The level page compares it with Senior.', null, 11),
 ('mlops-engineer', 'skill', null, 'Pipeline automation', 'Building reliable training, validation and deployment pipelines with orchestration tools.', null, 100),
 ('mlops-engineer', 'skill', null, 'Infrastructure as code', 'Describing clusters, jobs and permissions in code that can be reviewed and repeated.', null, 101),
 ('mlops-engineer', 'skill', null, 'Model lifecycle tooling', 'Running experiment tracking, registries and release workflows for other engineers.', null, 102),
 ('mlops-engineer', 'skill', null, 'Observability', 'Monitoring, alerting and runbooks for models and the systems around them.', null, 103),
 ('mlops-engineer', 'skill', null, 'Enough ML to build good gates', 'Understanding metrics and data well enough to design meaningful quality checks.', null, 104),
 ('ml-platform-engineer', 'skill', null, 'Distributed systems', 'Scheduling, storage and networking for many tenants'' training and serving workloads.', null, 100),
 ('ml-platform-engineer', 'skill', null, 'Capacity and cost', 'Planning GPU capacity and keeping shared infrastructure affordable.', null, 101),
 ('ml-platform-engineer', 'skill', null, 'API and product design', 'Designing platform interfaces that ML teams find easier than building their own.', null, 102),
 ('ml-platform-engineer', 'skill', null, 'Reliability engineering', 'Running a platform others depend on: on-call, upgrades, incident reviews.', null, 103),
 ('ml-platform-engineer', 'skill', null, 'Understanding ML workloads', 'Knowing how training and serving behave, without needing deep modelling skill.', null, 104),
 ('ml-platform-lead', 'skill', null, 'Platform strategy', 'Deciding what the platform does and does not do, and in what order.', null, 100),
 ('ml-platform-lead', 'skill', null, 'Architecture', 'Keeping a multi-team platform coherent as it grows.', null, 101),
 ('ml-platform-lead', 'skill', null, 'Leading platform engineers', 'Hiring, growing and setting standards for the team that builds the platform.', null, 102),
 ('ml-platform-lead', 'skill', null, 'Internal customer management', 'Working with the ML teams the platform serves, and saying no with reasons.', null, 103),
 ('ml-platform-lead', 'skill', null, 'Cost and capacity planning', 'Owning the platform''s budget and capacity plans.', null, 104),
 ('applied-scientist', 'skill', null, 'Research methods', 'Reading, reproducing and extending papers, and designing experiments that answer a question.', null, 100),
 ('applied-scientist', 'skill', null, 'Modelling depth', 'Deep knowledge of one family of methods, such as ranking, vision or language models.', null, 101),
 ('applied-scientist', 'skill', null, 'Statistics and evaluation', 'Judging whether a result is real, and how much it matters.', null, 102),
 ('applied-scientist', 'skill', null, 'Prototyping', 'Building prototypes good enough for engineers to carry into production.', null, 103),
 ('applied-scientist', 'skill', null, 'Scientific writing', 'Writing results clearly for colleagues and, often, for publication.', null, 104),
 ('ml-architect', 'skill', null, 'Enterprise architecture', 'Fitting ML systems into the wider technology estate: data, security and integration.', null, 100),
 ('ml-architect', 'skill', null, 'Reference architectures', 'Writing the patterns teams follow for training, serving and monitoring.', null, 101),
 ('ml-architect', 'skill', null, 'Vendor and tool evaluation', 'Judging platforms and tools on cost, risk and fit.', null, 102),
 ('ml-architect', 'skill', null, 'Technical governance', 'Running design reviews and keeping decision records across teams.', null, 103),
 ('ml-architect', 'skill', null, 'Communication with leadership', 'Explaining architectural trade-offs in business terms.', null, 104),
 ('data-science-manager', 'skill', null, 'People management', 'Hiring, coaching and growing data scientists and analysts.', null, 100),
 ('data-science-manager', 'skill', null, 'Experiment and analysis review', 'Judging the quality of analyses and experiment designs.', null, 101),
 ('data-science-manager', 'skill', null, 'Prioritising with the business', 'Choosing which questions the team answers, and why.', null, 102),
 ('data-science-manager', 'skill', null, 'Communicating findings', 'Turning analysis into decisions leadership can act on.', null, 103),
 ('data-science-manager', 'skill', null, 'Statistics', 'Enough statistical depth to catch weak conclusions.', null, 104),
 ('ml-product-manager', 'skill', null, 'Product discovery', 'Finding which problems are worth solving with ML, with users and data.', null, 100),
 ('ml-product-manager', 'skill', null, 'Success metrics', 'Defining what success means, online and offline, before building.', null, 101),
 ('ml-product-manager', 'skill', null, 'ML literacy', 'Understanding what models can and cannot do, and what data they need.', null, 102),
 ('ml-product-manager', 'skill', null, 'Prioritisation', 'Deciding what ships, in what order, with engineering leads.', null, 103),
 ('ml-product-manager', 'skill', null, 'Stakeholder communication', 'Explaining uncertainty and trade-offs to leadership and customers.', null, 104),
 ('technical-program-manager', 'skill', null, 'Programme planning', 'Planning multi-team programmes with milestones and dependencies.', null, 100),
 ('technical-program-manager', 'skill', null, 'Risk management', 'Finding and tracking the risks that could sink a programme.', null, 101),
 ('technical-program-manager', 'skill', null, 'Technical fluency', 'Understanding ML systems well enough to spot risks engineers might miss.', null, 102),
 ('technical-program-manager', 'skill', null, 'Communication', 'Keeping many teams and leaders informed and aligned.', null, 103),
 ('technical-program-manager', 'skill', null, 'Facilitation', 'Running reviews and decisions across teams with different priorities.', null, 104),
 ('solutions-architect', 'skill', null, 'Customer discovery', 'Understanding a customer''s problem, data and constraints.', null, 100),
 ('solutions-architect', 'skill', null, 'Solution design', 'Designing ML solutions on a vendor''s or partner''s platform.', null, 101),
 ('solutions-architect', 'skill', null, 'Prototyping', 'Building proofs of concept quickly to show what is possible.', null, 102),
 ('solutions-architect', 'skill', null, 'Presenting and writing', 'Explaining designs to technical and business audiences.', null, 103),
 ('solutions-architect', 'skill', null, 'Product feedback', 'Carrying what customers need back to the product teams.', null, 104)
) as v(role, section, category, heading, body, detail, ord)
join role r on r.slug = v.role;

insert into role_move (from_role_id, to_role_id, kind, note)
select f.id, t.id, v.kind, v.note from (values
 ('ml-engineering-manager', 'senior-ml-engineering-manager', 'next', 'The next step on the manager track: leading several teams through their managers.'),
 ('senior-ml-engineering-manager', 'director-of-ml', 'next', 'Owning the whole ML organisation: strategy, budget and structure.'),
 ('senior-ml-engineering-manager', 'principal-ml-engineer', 'lateral', 'Back to the technical track at organisation scale; less common, and easier where the person kept technical depth.'),
 ('director-of-ml', 'principal-ml-engineer', 'lateral', 'Some directors return to technical leadership as principal engineers.')
) as v(from_slug, to_slug, kind, note)
join role f on f.slug = v.from_slug
join role t on t.slug = v.to_slug;

insert into guide_source (role_id, source_id, used_for, position)
select r.id, s.id, v.used_for, v.position from (values
 ('junior-ml-engineer', 'senior-mle-roadmap', 'the level''s focus ("make it work") and key skills', 1),
 ('junior-ml-engineer', 'skillexchange-2026', 'years of experience and typical work at the level', 2),
 ('ml-engineer', 'senior-mle-roadmap', 'the level''s focus ("make it work well") and key skills', 1),
 ('ml-engineer', 'skillexchange-2026', 'years of experience and typical work at the level', 2),
 ('senior-ml-engineer', 'senior-mle-roadmap', 'the mindset, the six pillars, the level ladder and the promotion criteria', 1),
 ('senior-ml-engineer', 'hakia-senior-mle', 'responsibilities, a day in the work, tools, interview questions and challenges', 2),
 ('senior-ml-engineer', 'career-guide-002', 'responsibilities, top skills, next roles and common skill gaps', 3),
 ('senior-ml-engineer', 'skillexchange-2026', 'the career path, certifications and frequently asked questions', 4),
 ('senior-ml-engineer', 'career-overview-004', 'responsibilities, challenges and market demand', 5),
 ('staff-ml-engineer', 'senior-mle-roadmap', 'the level''s focus ("make the team effective") and key skills', 1),
 ('staff-ml-engineer', 'skillexchange-2026', 'years of experience ("Lead ML Engineer")', 2),
 ('principal-ml-engineer', 'senior-mle-roadmap', 'the level''s focus ("make the org effective") and key skills', 1),
 ('principal-ml-engineer', 'skillexchange-2026', 'years of experience', 2),
 ('ml-engineering-manager', 'career-guide-002', 'engineering manager as a next role for senior ML engineers', 1),
 ('ml-engineering-manager', 'hakia-senior-mle', 'the choice between the technical and management tracks', 2),
 ('ml-engineering-manager', 'careerpath-editorial', 'the manager track''s expectations, which no source describes', 3),
 ('senior-ml-engineering-manager', 'careerpath-editorial', 'the level''s expectations; no source describes the senior manager level for ML', 1),
 ('director-of-ml', 'careerpath-editorial', 'the level''s expectations; no source describes the director level for ML', 1),
 ('mlops-engineer', 'senior-mle-roadmap', 'the pillars of production ML the role works on', 1),
 ('ml-platform-engineer', 'career-guide-002', 'ML platform roles as next steps for senior ML engineers', 1),
 ('ml-platform-lead', 'career-guide-002', 'Machine Learning Platform Lead as a next role', 1),
 ('applied-scientist', 'career-guide-002', 'Applied Scientist as a transition for senior ML engineers', 1),
 ('ml-architect', 'career-guide-002', 'Machine Learning Architect as a next role', 1),
 ('data-science-manager', 'career-guide-002', 'Data Science Manager as a transition', 1),
 ('ml-product-manager', 'career-guide-002', 'Product Manager for Machine Learning as a transition', 1),
 ('technical-program-manager', 'career-guide-002', 'Technical Program Manager as a transition', 1),
 ('solutions-architect', 'career-guide-002', 'Solutions Architect as a transition', 1)
) as v(role, source, used_for, position)
join role r on r.slug = v.role
join source s on s.slug = v.source;

update content_version set version = version + 1, updated_at = now();
