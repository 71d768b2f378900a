package org.careerpath.assessment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Half-finished assessments, each behind its own link, kept for 30 days after they were last saved
 * ({@link ExpiredDrafts} deletes them), and never shown once expired, even before they are deleted.
 */
@Service
class Drafts {

    static final Duration KEPT_FOR = Duration.ofDays(30);

    private final DraftRepository drafts;
    private final AssessmentService assessments;

    Drafts(DraftRepository drafts, AssessmentService assessments) {
        this.drafts = drafts;
        this.assessments = assessments;
    }

    /** A saved draft: the form as it was left, and when it was saved. */
    record Draft(Submission form, OffsetDateTime savedAt) {

        public OffsetDateTime deletedAfter() {
            return savedAt.plus(KEPT_FOR);
        }
    }

    @Transactional(readOnly = true)
    Optional<Draft> find(String token, CareerModel model) {
        return row(token).map(row -> new Draft(form(row, model), row.getUpdatedAt()));
    }

    private Optional<DraftRow> row(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return drafts.findByTokenHashAndUpdatedAtAfter(
                Tokens.hash(token), AssessmentService.now().minus(KEPT_FOR));
    }

    /** Saves a valid (possibly incomplete) form as a new draft; returns its token. */
    @Transactional
    String create(Submission form, CareerModel model) {
        String token = Tokens.next();
        DraftRow row = new DraftRow(token);
        write(row, form, model);
        drafts.save(row);
        return token;
    }

    /** Saves a valid (possibly incomplete) form over a draft; false when the draft is gone. */
    @Transactional
    boolean update(String token, Submission form, CareerModel model) {
        Optional<DraftRow> row = row(token);
        row.ifPresent(r -> write(r, form, model));
        return row.isPresent();
    }

    /** Turns a complete form into an assessment and deletes the draft; empty when the draft is gone. */
    @Transactional
    Optional<String> finish(String token, Submission form, CareerModel model) {
        return row(token).map(row -> {
            drafts.delete(row);
            return assessments.create(form.toAnswers(model));
        });
    }

    private static void write(DraftRow row, Submission form, CareerModel model) {
        List<RatingEntry> answers = new ArrayList<>();
        form.ratings()
                .forEach((slug, value) -> model.bySlug(slug)
                        .map(Dimension::id)
                        .ifPresent(id -> answers.add(
                                new RatingEntry(id, Submission.UNSURE.equals(value) ? null : Integer.valueOf(value)))));
        Long level = model.ladder().bySlug(form.target()).map(l -> l.id()).orElse(null);
        row.save(level, form.label(), form.yearsValue(), answers, AssessmentService.now());
    }

    private static Submission form(DraftRow row, CareerModel model) {
        java.util.Map<Long, Integer> ratings = new java.util.LinkedHashMap<>();
        java.util.Set<Long> unsure = new java.util.LinkedHashSet<>();
        for (RatingEntry entry : row.getAnswers()) {
            if (entry.rating() == null) {
                unsure.add(entry.skillId());
            } else {
                ratings.put(entry.skillId(), entry.rating());
            }
        }
        long target = row.getTargetLevelId() == null
                ? model.ladder().bySlug(Submission.DEFAULT_TARGET).orElseThrow().id()
                : row.getTargetLevelId();
        return Submission.of(new Answers(target, row.getLabel(), row.getYearsExperience(), ratings, unsure), model);
    }
}
