package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.levels.Level;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.Skill;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.skills.Skills;
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
    String create(Submission submission, Skills model) {
        AssessmentRow assessment = assessments.save(new AssessmentRow(Tokens.next()));
        revisions.save(revision(assessment.getId(), 1, submission, model));
        return assessment.getToken();
    }

    /**
     * Stores a valid submission as a new revision; ticks stay only for skills that are still gaps against
     * the new target.
     */
    @Transactional
    void revise(StoredAssessment stored, Submission submission, Skills model) {
        RevisionRow revision = revision(stored.id(), revisions.latestNumber(stored.id()) + 1, submission, model);
        revisions.save(revision);
        Revision saved = revision.toRevision();
        Map<Long, Integer> expected = model.expectedByLevel().get(saved.targetLevelId());
        assessments
                .findById(stored.id())
                .orElseThrow()
                .getTickedSkillIds()
                .removeIf(skill -> saved.ratings().getOrDefault(skill, 0) >= expected.getOrDefault(skill, 0));
    }

    private static RevisionRow revision(long assessmentId, int number, Submission submission, Skills model) {
        Level target = model.ladder().bySlug(submission.target()).orElseThrow();
        Map<String, Long> ids = model.all().stream().collect(Collectors.toMap(Skill::slug, Skill::id));
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        submission.ratings().forEach((slug, value) -> ratings.put(ids.get(slug), Integer.valueOf(value)));
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

    /** Ticks or unticks a checklist item; only skills that are gaps now can be ticked. */
    @Transactional
    boolean tick(StoredAssessment stored, String skillSlug, boolean done) {
        Skills model = skills.load();
        Map<Long, Integer> atTarget =
                model.expectedByLevel().get(stored.latest().targetLevelId());
        Optional<Long> gap = model.bySlug(skillSlug)
                .map(Skill::id)
                .filter(id -> stored.latest().ratings().getOrDefault(id, 0) < atTarget.get(id));
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
    boolean delete(StoredAssessment stored) {
        assessments.deleteById(stored.id());
        return true;
    }

    /** The form's answers for an existing assessment, for "Update my answers". */
    Submission prefill(StoredAssessment stored, Skills model) {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Skill skill : model.all()) {
            Integer rating = stored.latest().ratings().get(skill.id());
            if (rating != null) {
                ratings.put(skill.slug(), Integer.toString(rating));
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
