package org.careerpath.salaries;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyMappingRepository extends JpaRepository<SurveyMappingRow, SurveyMappingRow.Key> {}
