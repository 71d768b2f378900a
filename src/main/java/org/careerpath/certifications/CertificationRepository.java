package org.careerpath.certifications;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationRepository extends JpaRepository<CertificationRow, Long> {

    @EntityGraph(attributePaths = {"skillIds", "levelIds"})
    List<CertificationRow> findAllByOrderByNameAsc();
}
