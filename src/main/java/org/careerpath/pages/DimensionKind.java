package org.careerpath.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.DimensionTexts;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Skills and dimensions as editors change them, retire them and preview them in the real skill page. */
@Component
class DimensionKind implements EditableKind<DimensionEdit> {

    private final DimensionTexts texts;
    private final SkillCatalogue skills;
    private final SkillPageController pages;

    DimensionKind(DimensionTexts texts, SkillCatalogue skills, SkillPageController pages) {
        this.texts = texts;
        this.skills = skills;
        this.pages = pages;
    }

    @Override
    public String type() {
        return "dimension";
    }

    @Override
    public String path() {
        return "dimensions";
    }

    @Override
    public String title() {
        return "Skills and dimensions";
    }

    @Override
    public Class<DimensionEdit> formType() {
        return DimensionEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/dimension-fields";
    }

    @Override
    public List<Item> items() {
        return skills.load().allDimensions().stream()
                .map(d -> new Item(
                        d.id(),
                        d.name(),
                        "/skills/" + d.slug(),
                        d.retired() ? "retired since " + d.retiredAt() : d.kindLabel()))
                .toList();
    }

    @Override
    public Optional<Current<DimensionEdit>> current(long id) {
        return texts.current(id).map(s -> new Current<>(s.id(), s.stamp(), DimensionEdit.of(s.texts())));
    }

    @Override
    public DimensionEdit normalised(DimensionEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(DimensionEdit edit) {
        return edit.name();
    }

    @Override
    public Map<String, String> ruleFields() {
        return DimensionEdit.RULE_FIELDS;
    }

    @Override
    public Optional<DimensionEdit> blank() {
        return Optional.of(new DimensionEdit("", "", "", "", "", ""));
    }

    @Override
    public Map<String, String> fields(DimensionEdit edit) {
        Map<String, String> fields = EditableKind.super.fields(edit);
        fields.remove("category", "");
        fields.remove("scale", "");
        return fields;
    }

    /** The categories a new skill or dimension may join, for the new form: slug to name and kind. */
    public Map<String, String> categoryChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        texts.categories().forEach(c -> choices.put(c.slug(), c.name() + " (" + kindOf(c.kind()) + ")"));
        return choices;
    }

    private static String kindOf(String kind) {
        return switch (kind) {
            case Dimension.IMPACT -> "impact, steps 0 to 5";
            case Dimension.PEOPLE -> "people management, steps 0 to 5";
            default -> "technical, proficiency 0 to 4";
        };
    }

    private Optional<DimensionTexts.CategoryChoice> category(String slug) {
        return texts.categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    @Override
    public long create(DimensionEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        DimensionTexts.CategoryChoice category = category(edit.category()).orElseThrow();
        return Dimension.TECHNICAL.equals(category.kind())
                ? texts.createTechnical(category.slug(), edit.texts())
                : texts.createWithScale(
                        category.slug(), edit.texts(), edit.scaleSteps().orElseThrow());
    }

    @Override
    public Map<String, String> check(long id, DimensionEdit edit) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (texts.nameTaken(id, edit.name())) {
            problems.put("name", "Another skill or dimension is already called that; names must differ.");
        }
        if (id != 0) {
            // retiring a dimension takes it out of the model, which may break its shape
            CareerModel published = skills.load();
            published.byId(id).ifPresent(d -> {
                List<String> broken = new java.util.ArrayList<>(
                        published.withDimension(edit.appliedTo(d)).shapeProblems());
                broken.removeAll(published.shapeProblems());
                if (!broken.isEmpty()) {
                    problems.put("retiredOn", String.join(" ", broken));
                }
            });
            return problems;
        }
        Optional<DimensionTexts.CategoryChoice> category = category(edit.category());
        if (category.isEmpty()) {
            problems.put("category", "Choose the category the new skill or dimension belongs to.");
        } else if (!Dimension.TECHNICAL.equals(category.get().kind())
                && edit.scaleSteps().map(List::size).orElse(0) != 6) {
            problems.put(
                    "scale",
                    "Give six lines, steps 0 to 5, each a short name (at most 60 characters), a colon and what the"
                            + " step looks like.");
        }
        return problems;
    }

    @Override
    public void apply(long id, DimensionEdit edit, String stamp) {
        org.careerpath.web.Refused.ifAny(check(id, edit));
        if (!texts.apply(id, edit.texts(), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        long stored = texts.storedReferences(id);
        return stored == 0
                ? Optional.empty()
                : Optional.of(stored + " stored answers, drafts, mentors' ratings or ticks refer to it, and deleting it"
                        + " would change what those assessments say. Retire it instead (a retirement date): new"
                        + " assessments stop asking about it and stored ones keep their answers.");
    }

    @Override
    public void delete(long id) {
        texts.delete(id);
    }

    @Override
    public String preview(long id, DimensionEdit edit, Model model) {
        Optional<DimensionTexts.CategoryChoice> category = category(edit.category());
        String kind = category.map(DimensionTexts.CategoryChoice::kind).orElse(Dimension.TECHNICAL);
        Dimension published = id == 0
                ? new Dimension(
                        0,
                        "new-skill",
                        "",
                        kind,
                        Dimension.TECHNICAL.equals(kind) ? 4 : 5,
                        edit.category(),
                        category.map(DimensionTexts.CategoryChoice::name).orElse(""),
                        "",
                        "",
                        null)
                : skills.load().byId(id).orElseThrow(() -> new NotFoundException("dimension " + id));
        return pages.skillPage(edit.appliedTo(published), model);
    }
}
