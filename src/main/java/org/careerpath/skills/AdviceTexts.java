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

    /** Adds advice for a step that has none yet (a new dimension's, say). */
    public void create(long dimensionId, StepAdvice advice) {
        jdbc.sql("""
                        insert into skill_step_advice (skill_id, step, work, artefact, evidence)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(dimensionId, advice.step(), advice.work(), advice.artefact(), advice.evidence())
                .update();
    }

    /** The career model with one step's advice changed or added, for previewing a draft in the real pages. */
    public static CareerModel withAdvice(CareerModel model, long dimensionId, StepAdvice changed) {
        java.util.Map<Long, java.util.List<StepAdvice>> advice = new java.util.LinkedHashMap<>(model.advice());
        java.util.List<StepAdvice> steps = new java.util.ArrayList<>(model.advice(dimensionId).stream()
                .filter(a -> a.step() != changed.step())
                .toList());
        steps.add(changed);
        steps.sort(java.util.Comparator.comparingInt(StepAdvice::step));
        advice.put(dimensionId, java.util.List.copyOf(steps));
        return new CareerModel(
                model.ladder(), model.scale(), model.allCategories(), model.steps(), advice, model.expectations());
    }
}
