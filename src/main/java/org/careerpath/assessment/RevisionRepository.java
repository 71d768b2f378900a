package org.careerpath.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<RevisionRow, Long> {

    /** The latest revisions first, answers fetched with them. */
    @Query("select distinct r from RevisionRow r left join fetch r.ratings where r.assessmentId = ?1 and r.number >= ?2"
            + " order by r.number desc")
    List<RevisionRow> findFromNumber(Long assessmentId, int fromNumber);

    @Query("select coalesce(max(r.number), 0) from RevisionRow r where r.assessmentId = ?1")
    int latestNumber(Long assessmentId);
}
