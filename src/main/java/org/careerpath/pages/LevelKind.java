package org.careerpath.pages;

import java.util.List;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelTexts;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The words of career levels as the editors change them (see {@link EditableKind}). The levels module stores
 * them ({@link LevelTexts}); this module owns the level page, so the preview is made here.
 */
@Component
class LevelKind implements EditableKind<LevelEdit> {

    private final LevelTexts texts;
    private final SkillCatalogue skills;
    private final LadderController pages;

    LevelKind(LevelTexts texts, SkillCatalogue skills, LadderController pages) {
        this.texts = texts;
        this.skills = skills;
        this.pages = pages;
    }

    @Override
    public String type() {
        return "level";
    }

    @Override
    public String path() {
        return "levels";
    }

    @Override
    public String title() {
        return "Career levels";
    }

    @Override
    public Class<LevelEdit> formType() {
        return LevelEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/level-fields";
    }

    @Override
    public List<Item> items() {
        return skills.load().ladder().levels().stream()
                .map(l -> new Item(
                        l.id(),
                        l.name(),
                        "/levels/" + l.slug(),
                        l.retired() ? "retired since " + l.retiredAt() : l.trackName()))
                .toList();
    }

    @Override
    public Optional<Current<LevelEdit>> current(long id) {
        return texts.current(id).map(s -> new Current<>(s.id(), s.stamp(), LevelEdit.of(s.texts())));
    }

    @Override
    public LevelEdit normalised(LevelEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(LevelEdit edit) {
        return edit.name();
    }

    @Override
    public java.util.Map<String, String> ruleFields() {
        return LevelEdit.RULE_FIELDS;
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.of("A level is part of the ladder every page and assessment uses: " + texts.references(id)
                + ". Change its words instead.");
    }

    @Override
    public void apply(long id, LevelEdit edit, String stamp) {
        if (!texts.apply(id, edit.texts(), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, LevelEdit edit, Model model) {
        Level published = skills.load().ladder().levels().stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("level " + id));
        return pages.levelPage(edit.appliedTo(published), model);
    }
}
