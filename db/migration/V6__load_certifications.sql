-- Certifications, status as of November 2026, from shared/data/REFERENCE.md section 4.

insert into certification (slug, name, code, provider, cost_usd_min, cost_usd_max, cost_note, exam_format, validity_months,
                           validity_note, status, available_since, status_date, successor_name, url, summary)
values
('aws-ml-specialty', 'AWS Certified Machine Learning - Specialty', 'MLS-C01', 'AWS', 300, null, null,
 '65 questions', 36, null, 'retired', null, '2026-03-31', 'AWS Certified Machine Learning Engineer - Associate (MLA-C01)',
 'https://aws.amazon.com/certification/',
 'Covered data engineering, modelling and ML operations on AWS, with a focus on SageMaker. No longer offered; holders keep it until it expires.'),
('aws-ml-engineer-associate', 'AWS Certified Machine Learning Engineer - Associate', 'MLA-C01', 'AWS', 150, null, null,
 '65 questions, 130 minutes', 36, null, 'active', '2024-10-01', null, null,
 'https://aws.amazon.com/certification/certified-machine-learning-engineer-associate/',
 'Data preparation, model development, deployment and monitoring of ML workloads on AWS. The current AWS ML certification for engineers.'),
('google-professional-ml-engineer', 'Google Cloud Professional Machine Learning Engineer', null, 'Google Cloud', 200, null, null,
 '2 hours, 50-60 questions', null, 'Validity period not stated in the portal''s sources.', 'active', null, null, null,
 'https://cloud.google.com/learn/certification/machine-learning-engineer',
 'Designing, building and productionising ML models on Google Cloud, including MLOps with Vertex AI.'),
('azure-ai-engineer-associate', 'Microsoft Azure AI Engineer Associate', 'AI-102', 'Microsoft', 165, null, null,
 '100 minutes', 12, 'Renewal each year is free.', 'retired', null, '2026-06-30', 'AI-103',
 'https://learn.microsoft.com/credentials/certifications/azure-ai-engineer/',
 'Building AI solutions with Azure AI services. The exam retired on 30 June 2026; AI-103 succeeds it.'),
('tensorflow-developer', 'TensorFlow Developer Certificate', null, 'Google / TensorFlow', null, null, 'Price no longer listed',
 '5-hour coding exam', null, null, 'retired', null, '2024-05-01', null,
 'https://www.tensorflow.org/certificate',
 'A hands-on coding exam on building TensorFlow models. The programme closed on 1 May 2024.'),
('nvidia-genai-llm-associate', 'NVIDIA-Certified Associate: Generative AI LLMs', 'NCA-GENL', 'NVIDIA', 125, 135,
 'Sources differ: $125 to $135.', '60 minutes', 24, null, 'active', null, null, null,
 'https://www.nvidia.com/en-us/learn/certification/',
 'Foundations of large language models and generative AI on NVIDIA''s stack.'),
('databricks-ml-associate', 'Databricks Certified Machine Learning Associate', null, 'Databricks', 200, null, null,
 '45 questions, 90 minutes', 24, null, 'active', null, null, null,
 'https://www.databricks.com/learn/certification/machine-learning-associate',
 'Basic ML tasks on Databricks: feature engineering, training, tracking with MLflow and deployment.'),
('databricks-ml-professional', 'Databricks Certified Machine Learning Professional', null, 'Databricks', 200, null, null,
 '59 questions, 120 minutes', 24, null, 'active', null, null, null,
 'https://www.databricks.com/learn/certification/machine-learning-professional',
 'Advanced ML engineering on Databricks: experimentation at scale, model lifecycle management and monitoring.'),
('cka', 'Certified Kubernetes Administrator', 'CKA', 'CNCF / Linux Foundation', null, null, 'Price not stated in the portal''s sources',
 '2 hours, hands-on', 24, null, 'active', null, null, null,
 'https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/',
 'Running and troubleshooting Kubernetes clusters: the platform most ML training and serving runs on.'),
('ckad', 'Certified Kubernetes Application Developer', 'CKAD', 'CNCF / Linux Foundation', null, null, 'Price not stated in the portal''s sources',
 '2 hours, hands-on', 24, null, 'active', null, null, null,
 'https://training.linuxfoundation.org/certification/certified-kubernetes-application-developer-ckad/',
 'Designing and deploying applications on Kubernetes, including the services that serve models.'),
('deep-learning-specialization', 'Deep Learning Specialization', null, 'Coursera / DeepLearning.AI', null, null, 'Coursera subscription',
 'Course series', null, 'A course certificate; it does not expire.', 'active', null, null, null,
 'https://www.coursera.org/specializations/deep-learning',
 'A course series on neural networks, optimisation, CNNs and sequence models. A learning path more than an exam.');

insert into certification_skill (certification_id, skill_id)
select c.id, s.id
from (values
 ('aws-ml-specialty', array['deployment-patterns', 'feature-engineering', 'model-evaluation', 'data-pipelines', 'compute-cost-control']),
 ('aws-ml-engineer-associate', array['deployment-patterns', 'prediction-monitoring', 'model-registry', 'access-control', 'compute-cost-control', 'data-validation', 'retraining-automation']),
 ('google-professional-ml-engineer', array['system-design', 'deployment-patterns', 'experiment-tracking', 'model-registry', 'prediction-monitoring', 'retraining-automation', 'data-protection']),
 ('azure-ai-engineer-associate', array['deployment-patterns', 'access-control', 'secrets-management']),
 ('tensorflow-developer', array['deep-learning']),
 ('nvidia-genai-llm-associate', array['deep-learning', 'inference-optimisation', 'gpu-memory-sizing']),
 ('databricks-ml-associate', array['experiment-tracking', 'feature-engineering', 'model-evaluation', 'sql']),
 ('databricks-ml-professional', array['experiment-tracking', 'model-registry', 'drift-detection', 'prediction-monitoring', 'data-pipelines', 'distributed-training']),
 ('cka', array['autoscaling', 'access-control', 'production-debugging', 'secrets-management']),
 ('ckad', array['deployment-patterns', 'autoscaling', 'secrets-management']),
 ('deep-learning-specialization', array['deep-learning', 'maths-and-statistics', 'model-evaluation'])
) as v(cert, skills)
cross join lateral unnest(v.skills) as u(skill)
join certification c on c.slug = v.cert
join skill s on s.slug = u.skill;

insert into certification_level (certification_id, level_id)
select c.id, l.id
from (values
 ('aws-ml-specialty', array['mle', 'senior']),
 ('aws-ml-engineer-associate', array['junior', 'mle', 'senior']),
 ('google-professional-ml-engineer', array['mle', 'senior', 'staff']),
 ('azure-ai-engineer-associate', array['junior', 'mle']),
 ('tensorflow-developer', array['junior']),
 ('nvidia-genai-llm-associate', array['junior', 'mle']),
 ('databricks-ml-associate', array['junior', 'mle']),
 ('databricks-ml-professional', array['mle', 'senior']),
 ('cka', array['mle', 'senior', 'staff']),
 ('ckad', array['junior', 'mle', 'senior']),
 ('deep-learning-specialization', array['junior', 'mle'])
) as v(cert, levels)
cross join lateral unnest(v.levels) as u(level)
join certification c on c.slug = v.cert
join career_level l on l.slug = u.level;
