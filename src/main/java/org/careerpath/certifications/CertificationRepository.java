package org.careerpath.certifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificationRepository extends JpaRepository<CertificationRow, Long> {

    @Query(
            "select distinct c from CertificationRow c left join fetch c.skillIds left join fetch c.levelIds order by c.name")
    List<CertificationRow> findAllWithLinks();
}
