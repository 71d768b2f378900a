package org.careerpath.skills;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpectationRepository extends JpaRepository<ExpectationRow, ExpectationRow.Key> {}
