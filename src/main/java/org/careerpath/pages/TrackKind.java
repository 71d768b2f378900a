package org.careerpath.pages;

import java.util.List;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.admin.VersionedRows;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Track;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Career tracks as editors change them (name and description), previewed in the real ladder page. */
@Component
class TrackKind implements EditableKind<TrackEdit> {

    private static final List<String> COLUMNS = List.of("name", "description");

    private final VersionedRows rows;
    private final SkillCatalogue skills;
    private final LadderController pages;

    TrackKind(VersionedRows rows, SkillCatalogue skills, LadderController pages) {
        this.rows = rows;
        this.skills = skills;
        this.pages = pages;
    }

    @Override
    public String type() {
        return "track";
    }

    @Override
    public String path() {
        return "tracks";
    }

    @Override
    public String title() {
        return "Career tracks";
    }

    @Override
    public Class<TrackEdit> formType() {
        return TrackEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/track-fields";
    }

    @Override
    public List<Item> items() {
        return skills.load().ladder().tracks().stream()
                .map(t -> new Item(t.id(), t.name(), "/ladder", t.levels().size() + " levels"))
                .toList();
    }

    @Override
    public Optional<Current<TrackEdit>> current(long id) {
        return rows.read("career_track", id, COLUMNS).map(row -> new Current<>(id, row.stamp(), TrackEdit.of(row)));
    }

    @Override
    public TrackEdit normalised(TrackEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(TrackEdit edit) {
        return edit.name();
    }

    @Override
    public void apply(long id, TrackEdit edit, String stamp) {
        if (!rows.write("career_track", id, edit.columns(), List.of(), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, TrackEdit edit, Model model) {
        CareerModel published = skills.load();
        Ladder ladder = new Ladder(published.ladder().tracks().stream()
                .map(t -> t.id() == id
                        ? new Track(
                                t.id(),
                                t.slug(),
                                edit.name(),
                                edit.description(),
                                t.branchesFromLevelSlug(),
                                t.levels())
                        : t)
                .toList());
        return pages.ladderPage(
                new CareerModel(
                        ladder,
                        published.scale(),
                        published.allCategories(),
                        published.steps(),
                        published.advice(),
                        published.expectations()),
                model);
    }
}
