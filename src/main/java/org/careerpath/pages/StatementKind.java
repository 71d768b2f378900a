package org.careerpath.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.ExpectationTexts;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Level statements as editors change them: for one level and one dimension, the expected step and the
 * statement of the behaviour, previewed in the real level page. An expectation's key is its level and its
 * dimension; its id here is the two in one number ({@code level × 1,000,000 + dimension}).
 */
@Component
class StatementKind implements EditableKind<StatementEdit> {

    static final long KEY = 1_000_000L;

    private final ExpectationTexts texts;
    private final SkillCatalogue skills;
    private final LadderController pages;

    StatementKind(ExpectationTexts texts, SkillCatalogue skills, LadderController pages) {
        this.texts = texts;
        this.skills = skills;
        this.pages = pages;
    }

    static long id(long levelId, long dimensionId) {
        return levelId * KEY + dimensionId;
    }

    @Override
    public String type() {
        return "statement";
    }

    @Override
    public String path() {
        return "statements";
    }

    @Override
    public String title() {
        return "Level statements";
    }

    @Override
    public Class<StatementEdit> formType() {
        return StatementEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/statement-fields";
    }

    @Override
    public List<Item> items() {
        return skills.load().expectations().stream()
                .filter(e -> skills.load()
                        .byId(e.dimensionId())
                        .map(d -> !d.retired())
                        .orElse(false))
                .map(e -> new Item(
                        id(e.levelId(), e.dimensionId()),
                        e.levelShortName() + " · " + e.dimensionName(),
                        "/levels/" + e.levelSlug() + "#work",
                        "step " + e.stepLabel()))
                .toList();
    }

    @Override
    public Optional<Current<StatementEdit>> current(long id) {
        return texts.current(id / KEY, id % KEY)
                .map(s -> new Current<>(id, s.stamp(), new StatementEdit(Integer.toString(s.step()), s.statement())));
    }

    @Override
    public StatementEdit normalised(StatementEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(StatementEdit edit) {
        return "Level statement";
    }

    @Override
    public Map<String, String> check(long id, StatementEdit edit) {
        Optional<Map<String, String>> beyondScale = texts.current(id / KEY, id % KEY)
                .filter(s -> edit.stepValue() > s.maxStep())
                .map(s -> Map.of("step", "This dimension's scale goes from 0 to " + s.maxStep() + "."));
        if (beyondScale.isPresent()) {
            return beyondScale.get();
        }
        CareerModel published = skills.load();
        if (published.expectation(id / KEY, id % KEY).isEmpty()) {
            return Map.of();
        }
        CareerModel changed = ExpectationTexts.withExpectation(
                published,
                id / KEY,
                id % KEY,
                edit.stepValue(),
                published.step(id % KEY, edit.stepValue()).name(),
                edit.statement());
        List<String> broken = new java.util.ArrayList<>(changed.shapeProblems());
        broken.removeAll(published.shapeProblems());
        return broken.isEmpty() ? Map.of() : Map.of("step", String.join(" ", broken));
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.of("Every level has a statement on every dimension; change its step or words instead.");
    }

    @Override
    public void apply(long id, StatementEdit edit, String stamp) {
        org.careerpath.web.Refused.ifAny(check(id, edit));
        if (!texts.apply(id / KEY, id % KEY, edit.stepValue(), edit.statement(), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, StatementEdit edit, Model model) {
        CareerModel published = skills.load();
        long levelId = id / KEY;
        long dimensionId = id % KEY;
        Level level = published.ladder().byId(levelId).orElseThrow(() -> new NotFoundException("level " + levelId));
        Expectation before =
                published.expectation(levelId, dimensionId).orElseThrow(() -> new NotFoundException("statement " + id));
        String stepName = published.step(dimensionId, edit.stepValue()).name();
        CareerModel changed = ExpectationTexts.withExpectation(
                published, levelId, before.dimensionId(), edit.stepValue(), stepName, edit.statement());
        return pages.levelPage(level, changed, model);
    }
}
