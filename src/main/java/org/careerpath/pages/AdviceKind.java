package org.careerpath.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.skills.AdviceTexts;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.skills.StepAdvice;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Per-step advice as editors change it, previewed in the real skill page. Its key is the dimension and the
 * step; its id here is the two in one number ({@code dimension × 10 + step}).
 */
@Component
class AdviceKind implements EditableKind<AdviceEdit> {

    private final AdviceTexts texts;
    private final SkillCatalogue skills;
    private final SkillPageController pages;

    AdviceKind(AdviceTexts texts, SkillCatalogue skills, SkillPageController pages) {
        this.texts = texts;
        this.skills = skills;
        this.pages = pages;
    }

    static long id(long dimensionId, int step) {
        return dimensionId * 10 + step;
    }

    @Override
    public String type() {
        return "step-advice";
    }

    @Override
    public String path() {
        return "advice";
    }

    @Override
    public String title() {
        return "Per-step advice";
    }

    @Override
    public Class<AdviceEdit> formType() {
        return AdviceEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/advice-fields";
    }

    @Override
    public List<Item> items() {
        CareerModel model = skills.load();
        List<Item> items = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            for (StepAdvice a : model.advice(d.id())) {
                items.add(new Item(
                        id(d.id(), a.step()),
                        d.name() + " · step " + a.stepText(),
                        "/skills/" + d.slug(),
                        d.kindLabel()));
            }
        }
        return items;
    }

    @Override
    public Optional<Current<AdviceEdit>> current(long id) {
        return texts.current(id / 10, (int) (id % 10))
                .map(s -> new Current<>(id, s.stamp(), AdviceEdit.of(s.advice())));
    }

    @Override
    public AdviceEdit normalised(AdviceEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(AdviceEdit edit) {
        return "Advice for one step";
    }

    @Override
    public Optional<AdviceEdit> blank() {
        return Optional.of(new AdviceEdit("", "", "", ""));
    }

    /** The steps that have no advice yet (a new dimension's), for the new form: "dimension-step" to words. */
    public java.util.Map<String, String> missingChoices() {
        CareerModel model = skills.load();
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        for (Dimension d : model.dimensions()) {
            for (int step = 1; step <= d.maxStep(); step++) {
                if (model.advice(d.id(), step).isEmpty()) {
                    choices.put(
                            d.id() + "-" + step,
                            d.name() + " · step " + model.step(d.id(), step).label());
                }
            }
        }
        return choices;
    }

    @Override
    public java.util.Map<String, String> fields(AdviceEdit edit) {
        java.util.Map<String, String> fields = EditableKind.super.fields(edit);
        fields.remove("place", "");
        return fields;
    }

    @Override
    public java.util.Map<String, String> check(long id, AdviceEdit edit) {
        return id == 0 && !missingChoices().containsKey(edit.place())
                ? java.util.Map.of("place", "Choose a step that has no advice yet; edit the others from the list.")
                : java.util.Map.of();
    }

    @Override
    public long create(AdviceEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        texts.create(edit.placeDimension(), edit.at(edit.placeStep()));
        return id(edit.placeDimension(), edit.placeStep());
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.of("Every step of a scale has its advice; change the words instead.");
    }

    @Override
    public void apply(long id, AdviceEdit edit, String stamp) {
        if (!texts.apply(id / 10, edit.at((int) (id % 10)), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, AdviceEdit edit, Model model) {
        CareerModel published = skills.load();
        long key = id == 0 && check(0, edit).isEmpty() ? id(edit.placeDimension(), edit.placeStep()) : id;
        Dimension dimension = published.byId(key / 10).orElseThrow(() -> new NotFoundException("advice " + id));
        CareerModel changed = AdviceTexts.withAdvice(published, dimension.id(), edit.at((int) (key % 10)));
        return pages.skillPage(dimension, changed, model);
    }
}
