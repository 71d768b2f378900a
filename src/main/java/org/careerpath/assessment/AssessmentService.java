package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.levels.Level;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes assessments, stores them, and works out their results. */
@Service
class AssessmentService {

    private final AssessmentRepository assessments;
    private final RevisionRepository revisions;
    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final SalaryCatalogue salaries;

    AssessmentService(
            AssessmentRepository assessments,
            RevisionRepository revisions,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            SalaryCatalogue salaries) {
        this.assessments = assessments;
        this.revisions = revisions;
        this.skills = skills;
        this.certifications = certifications;
        this.salaries = salaries;
    }

    /** Stores a valid submission as a new assessment with its first revision; returns the new token. */
    @Transactional
    String create(Submission submission, CareerModel model) {
        AssessmentRow assessment = assessments.save(new AssessmentRow(Tokens.next()));
        revisions.save(revision(assessment.getId(), 1, submission, model));
        return assessment.getToken();
    }

    /**
     * Stores a valid submission as a new revision; ticks stay only for dimensions that are still gaps
     * against the new target.
     */
    @Transactional
    void revise(StoredAssessment stored, Submission submission, CareerModel model) {
        RevisionRow revision = revision(stored.id(), revisions.latestNumber(stored.id()) + 1, submission, model);
        revisions.save(revision);
        Revision saved = revision.toRevision();
        Map<Long, Integer> expected = model.expectedByLevel().getOrDefault(saved.targetLevelId(), Map.of());
        assessments
                .findById(stored.id())
                .orElseThrow()
                .getTickedSkillIds()
                .removeIf(id -> !stillAGap(id, saved.ratings(), expected));
    }

    private static boolean stillAGap(long dimensionId, Map<Long, Integer> ratings, Map<Long, Integer> expected) {
        Integer rating = ratings.get(dimensionId);
        Integer wanted = expected.get(dimensionId);
        return rating != null && wanted != null && rating < wanted;
    }

    private static RevisionRow revision(long assessmentId, int number, Submission submission, CareerModel model) {
        Level target = model.ladder().bySlug(submission.target()).orElseThrow();
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        submission
                .ratings()
                .forEach((slug, value) ->
                        ratings.put(model.bySlug(slug).orElseThrow().id(), Integer.valueOf(value)));
        return new RevisionRow(assessmentId, number, target.id(), submission.label(), submission.yearsValue(), ratings);
    }

    /** The assessment behind a token, with its latest two revisions. */
    @Transactional(readOnly = true)
    Optional<StoredAssessment> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return assessments.findByToken(token).map(assessment -> {
            int latest = revisions.latestNumber(assessment.getId());
            List<Revision> lastTwo = revisions.findFromNumber(assessment.getId(), latest - 1).stream()
                    .map(RevisionRow::toRevision)
                    .toList();
            return new StoredAssessment(
                    assessment.getId(),
                    assessment.getToken(),
                    lastTwo.get(0),
                    lastTwo.size() > 1 ? lastTwo.get(1) : null,
                    Set.copyOf(assessment.getTickedSkillIds()));
        });
    }

    @Transactional(readOnly = true)
    AssessmentResult result(StoredAssessment stored) {
        return AssessmentResults.of(stored, skills.load(), certifications.load(), salaries.load());
    }

    /** Ticks or unticks a checklist item; only dimensions that are gaps now can be ticked. */
    @Transactional
    boolean tick(StoredAssessment stored, String slug, boolean done) {
        CareerModel model = skills.load();
        Map<Long, Integer> atTarget =
                model.expectedByLevel().getOrDefault(stored.latest().targetLevelId(), Map.of());
        Optional<Long> gap = model.bySlug(slug)
                .map(Dimension::id)
                .filter(id -> stillAGap(id, stored.latest().ratings(), atTarget));
        gap.ifPresent(id -> {
            Set<Long> ticked = assessments.findById(stored.id()).orElseThrow().getTickedSkillIds();
            if (done) {
                ticked.add(id);
            } else {
                ticked.remove(id);
            }
        });
        return gap.isPresent();
    }

    /** Deletes the assessment; revisions, ratings and ticks go with it (foreign keys cascade). */
    @Transactional
    void delete(StoredAssessment stored) {
        assessments.deleteById(stored.id());
    }

    /** The form's answers for an existing assessment, for "Update my answers": today's dimensions only. */
    Submission prefill(StoredAssessment stored, CareerModel model) {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Dimension dimension : model.dimensions()) {
            Integer rating = stored.latest().ratings().get(dimension.id());
            if (rating != null) {
                ratings.put(dimension.slug(), Integer.toString(rating));
            }
        }
        BigDecimal years = stored.latest().yearsExperience();
        return new Submission(
                model.ladder()
                        .byId(stored.latest().targetLevelId())
                        .orElseThrow()
                        .slug(),
                stored.latest().label() == null ? "" : stored.latest().label(),
                years == null ? "" : years.stripTrailingZeros().toPlainString(),
                ratings,
                Map.of(),
                false);
    }
}
