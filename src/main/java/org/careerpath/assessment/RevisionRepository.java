package org.careerpath.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<RevisionRow, Long> {

    /** The latest revisions first, answers fetched with them. */
    @EntityGraph(attributePaths = "ratings")
    List<RevisionRow> findByAssessmentIdAndNumberGreaterThanEqualOrderByNumberDesc(Long assessmentId, int fromNumber);

    @Query(
            value = "select coalesce(max(number), 0) from assessment_revision where assessment_id = ?1",
            nativeQuery = true)
    int latestNumber(Long assessmentId);
}
