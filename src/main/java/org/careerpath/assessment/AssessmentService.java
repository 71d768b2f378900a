package org.careerpath.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes assessments, stores them, finds them by their links and works out their results. */
@Service
class AssessmentService {

    private final AssessmentRepository assessments;
    private final RevisionRepository revisions;
    private final InvitationRepository invitations;
    private final OpinionRepository opinions;
    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final SalaryCatalogue salaries;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AssessmentService(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            AssessmentRepository assessments,
            RevisionRepository revisions,
            InvitationRepository invitations,
            OpinionRepository opinions,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            SalaryCatalogue salaries) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.revisions = revisions;
        this.invitations = invitations;
        this.opinions = opinions;
        this.skills = skills;
        this.certifications = certifications;
        this.salaries = salaries;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Stores valid answers as a new assessment with its first revision; returns the owner's token. One
     * statement (so one round trip, atomic without a transaction around it): the assessment, its revision
     * and every answer ("not sure" as a null rating), as {@link AssessmentRow} and {@link RevisionRow} map
     * them. The busiest write of the portal, so it skips the entity machinery (bench/run).
     */
    String create(Answers answers) {
        String token = Tokens.next();
        List<Long> dimensions = new ArrayList<>(answers.ratings().keySet());
        List<Integer> ratings = new ArrayList<>(answers.ratings().values());
        answers.unsure().forEach(d -> {
            dimensions.add(d);
            ratings.add(null);
        });
        jdbc.sql("""
                        with a as (insert into assessment (owner_token_hash, share_token_hash)
                                   values (:owner, :share) returning id),
                             r as (insert into assessment_revision (assessment_id, number, target_level_id, label,
                                                                    years_experience, created_at)
                                   select a.id, 1, :target, :label, :years, :created from a returning id)
                        insert into assessment_rating (revision_id, skill_id, rating)
                        select r.id, s.skill_id, s.rating
                          from r cross join unnest(:dimensions::bigint[], :ratings::smallint[]) as s(skill_id, rating)
                        """)
                .param("owner", Tokens.hash(token))
                .param("share", Tokens.hash(Tokens.share(token)))
                .param("target", answers.targetLevelId())
                .param("label", answers.label() == null || answers.label().isBlank() ? null : answers.label())
                .param("years", answers.yearsExperience(), java.sql.Types.NUMERIC)
                .param("created", now())
                .param("dimensions", dimensions.toArray(Long[]::new))
                .param("ratings", ratings.toArray(Integer[]::new))
                .update();
        return token;
    }

    /**
     * Stores valid answers as a new revision; ticks stay only for dimensions that are still gaps against
     * the new target.
     */
    @Transactional
    void revise(StoredAssessment stored, Answers answers, CareerModel model) {
        revisions.save(new RevisionRow(stored.id(), revisions.latestNumber(stored.id()) + 1, answers, now()));
        Map<Long, Integer> expected = model.expectedByLevel().getOrDefault(answers.targetLevelId(), Map.of());
        assessments
                .findById(stored.id())
                .orElseThrow()
                .getTickedSkillIds()
                .removeIf(id -> !stillAGap(id, answers.ratings(), expected));
    }

    private static boolean stillAGap(long dimensionId, Map<Long, Integer> ratings, Map<Long, Integer> expected) {
        Integer rating = ratings.get(dimensionId);
        Integer wanted = expected.get(dimensionId);
        return rating != null && wanted != null && rating < wanted;
    }

    /**
     * The assessment behind an owner link. One made before read-only links existed gets its read-only link
     * now, since only the owner's link can derive it.
     */
    @Transactional
    Optional<StoredAssessment> findByOwner(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return assessments.findByOwnerTokenHash(Tokens.hash(token)).map(row -> {
            if (!row.hasShareLink()) {
                row.giveShareLink(token);
            }
            return stored(row);
        });
    }

    /** The assessment behind a read-only link. */
    @Transactional(readOnly = true)
    Optional<StoredAssessment> findByShare(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return assessments.findByShareTokenHash(Tokens.hash(token)).map(this::stored);
    }

    private StoredAssessment stored(AssessmentRow assessment) {
        int latest = revisions.latestNumber(assessment.getId());
        List<Revision> lastTwo =
                revisions
                        .findByAssessmentIdAndNumberGreaterThanEqualOrderByNumberDesc(assessment.getId(), latest - 1)
                        .stream()
                        .map(RevisionRow::toRevision)
                        .toList();
        return new StoredAssessment(
                assessment.getId(),
                lastTwo.get(0),
                lastTwo.size() > 1 ? lastTwo.get(1) : null,
                Set.copyOf(assessment.getTickedSkillIds()),
                latestOpinions(assessment.getId()));
    }

    /** The latest opinion given through each invitation, in the order the invitations were made. */
    private List<MentorOpinion> latestOpinions(long assessmentId) {
        List<InvitationRow> invited = invitations.findByAssessmentIdOrderById(assessmentId);
        if (invited.isEmpty()) {
            return List.of();
        }
        Map<Long, InvitationRow> byId =
                invited.stream().collect(Collectors.toMap(InvitationRow::getId, Function.identity()));
        Map<Long, OpinionRow> latest = new LinkedHashMap<>();
        for (OpinionRow opinion : opinions.findByInvitationIdInOrderByCreatedAtDescIdDesc(byId.keySet())) {
            latest.putIfAbsent(opinion.getInvitationId(), opinion);
        }
        List<MentorOpinion> result = new ArrayList<>();
        for (InvitationRow invitation : invited) {
            OpinionRow opinion = latest.get(invitation.getId());
            if (opinion != null) {
                Map<Long, MentorAnswer> answers = new LinkedHashMap<>();
                opinion.answers().forEach(a -> answers.put(a.dimensionId(), a));
                result.add(new MentorOpinion(
                        invitation.getId(),
                        invitation.getMentorName(),
                        opinion.getCreatedAt(),
                        opinion.getRevisionNumber(),
                        invitation.revoked(),
                        Map.copyOf(answers)));
            }
        }
        return List.copyOf(result);
    }

    @Transactional(readOnly = true)
    AssessmentResult result(StoredAssessment stored) {
        return AssessmentResults.of(stored, skills.load(), certifications.load(), salaries.load());
    }

    /** Every revision, oldest first, for the history page and the export. */
    @Transactional(readOnly = true)
    List<Revision> revisions(StoredAssessment stored) {
        return revisions.findByAssessmentIdAndNumberGreaterThanEqualOrderByNumberDesc(stored.id(), 1).stream()
                .map(RevisionRow::toRevision)
                .sorted(Comparator.comparingInt(Revision::number))
                .toList();
    }

    @Transactional(readOnly = true)
    AssessmentHistory history(StoredAssessment stored) {
        return AssessmentHistory.of(revisions(stored), skills.load());
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

    /**
     * Deletes the assessment: revisions and their answers, ticks, invitations and the opinions given through
     * them go with it (every foreign key to it cascades).
     */
    @Transactional
    void delete(StoredAssessment stored) {
        assessments.deleteById(stored.id());
    }
}
