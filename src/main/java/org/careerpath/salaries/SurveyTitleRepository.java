package org.careerpath.salaries;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyTitleRepository extends JpaRepository<SurveyTitleRow, String> {}
