package org.careerpath.sources;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<SourceRow, Long> {

    List<SourceRow> findAllByOrderByPosition();
}
