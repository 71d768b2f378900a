package org.careerpath.skills;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice for one step of one dimension (the work to take on, the artefact, the evidence), read and
 * written for the editors with its row version (PostgreSQL's xmin).
 */
@Component
public class AdviceTexts {

    private final JdbcClient jdbc;

    AdviceTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stamped(long dimensionId, int step, String stamp, StepAdvice advice) {}

    public Optional<Stamped> current(long dimensionId, int step) {
        return jdbc.sql("""
                        select skill_id, step, xmin::text as stamp, work, artefact, evidence
                          from skill_step_advice where skill_id = ? and step = ?
                        """)
                .params(dimensionId, step)
                .query((row, n) -> new Stamped(
                        row.getLong("skill_id"),
                        row.getInt("step"),
                        row.getString("stamp"),
                        new StepAdvice(
                                row.getInt("step"),
                                row.getString("work"),
                                row.getString("artefact"),
                                row.getString("evidence"))))
                .optional();
    }

    /** Stores the advice if the row is still at {@code stamp}; false (nothing stored) when it changed. */
    @Transactional
    public boolean apply(long dimensionId, StepAdvice advice, String stamp) {
        String now = jdbc.sql("select xmin::text from skill_step_advice where skill_id = ? and step = ? for update")
                .params(dimensionId, advice.step())
                .query(String.class)
                .optional()
                .orElse("");
        if (!now.equals(stamp)) {
            return false;
        }
        jdbc.sql("""
                        update skill_step_advice set work = ?, artefact = ?, evidence = ?, version = version + 1
                         where skill_id = ? and step = ?
                        """)
                .params(advice.work(), advice.artefact(), advice.evidence(), dimensionId, advice.step())
                .update();
        return true;
    }

    /** The career model with one step's advice changed, for previewing a draft in the real pages. */
    public static CareerModel withAdvice(CareerModel model, long dimensionId, StepAdvice changed) {
        java.util.Map<Long, java.util.List<StepAdvice>> advice = new java.util.LinkedHashMap<>(model.advice());
        advice.put(
                dimensionId,
                model.advice(dimensionId).stream()
                        .map(a -> a.step() == changed.step() ? changed : a)
                        .toList());
        return new CareerModel(
                model.ladder(), model.scale(), model.allCategories(), model.steps(), advice, model.expectations());
    }
}
