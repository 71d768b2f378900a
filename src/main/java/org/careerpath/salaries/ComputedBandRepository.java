package org.careerpath.salaries;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComputedBandRepository extends JpaRepository<ComputedBandRow, ComputedBandRow.Key> {

    List<ComputedBandRow> findBySampleSizeGreaterThanEqual(int minimum);
}
