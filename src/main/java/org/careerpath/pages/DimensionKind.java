package org.careerpath.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
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
        return Optional.of(new DimensionEdit("", "", "", "", ""));
    }

    /** The categories a new technical skill may join, for the new form: slug to name. */
    public Map<String, String> categoryChoices() {
        return texts.technicalCategories();
    }

    @Override
    public long create(DimensionEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        return texts.createTechnical(edit.category(), edit.texts());
    }

    @Override
    public Map<String, String> check(long id, DimensionEdit edit) {
        if (id == 0 && !texts.technicalCategories().containsKey(edit.category())) {
            return Map.of("category", "Choose the category the new skill belongs to.");
        }
        return texts.nameTaken(id, edit.name())
                ? Map.of("name", "Another skill or dimension is already called that; names must differ.")
                : Map.of();
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
        Dimension published = id == 0
                ? new Dimension(
                        0,
                        "new-skill",
                        "",
                        Dimension.TECHNICAL,
                        4,
                        edit.category(),
                        texts.technicalCategories().getOrDefault(edit.category(), ""),
                        "",
                        "",
                        null)
                : skills.load().byId(id).orElseThrow(() -> new NotFoundException("dimension " + id));
        return pages.skillPage(edit.appliedTo(published), model);
    }
}
