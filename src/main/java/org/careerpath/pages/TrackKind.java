package org.careerpath.pages;

import java.util.List;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.admin.VersionedRows;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.LevelTexts;
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
    private final LevelTexts levels;
    private final SkillCatalogue skills;
    private final LadderController pages;

    TrackKind(VersionedRows rows, LevelTexts levels, SkillCatalogue skills, LadderController pages) {
        this.rows = rows;
        this.levels = levels;
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

    /** Every track, those without a level yet included (the ladder shows a track once it has one). */
    @Override
    public List<Item> items() {
        java.util.Map<String, Track> shown = new java.util.HashMap<>();
        skills.load().ladder().tracks().forEach(t -> shown.put(t.slug(), t));
        return levels.tracks().stream()
                .map(row -> {
                    Track t = shown.get(row.slug());
                    return new Item(
                            row.id(),
                            row.name(),
                            "/ladder",
                            t == null ? "no level yet" : t.levels().size() + " levels");
                })
                .toList();
    }

    @Override
    public java.util.Map<String, String> fields(TrackEdit edit) {
        java.util.Map<String, String> fields = EditableKind.super.fields(edit);
        fields.remove("branchesFrom", "");
        return fields;
    }

    @Override
    public Optional<TrackEdit> blank() {
        return Optional.of(new TrackEdit("", "", ""));
    }

    /** The levels a new track may branch from: slug to name. */
    public java.util.Map<String, String> branchChoices() {
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        skills.load().ladder().levels().forEach(l -> choices.put(l.slug(), l.name()));
        return choices;
    }

    @Override
    public java.util.Map<String, String> check(long id, TrackEdit edit) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (levels.tracks().stream().anyMatch(t -> t.id() != id && t.name().equalsIgnoreCase(edit.name()))) {
            problems.put("name", "Another track is already called that; names must differ.");
        }
        if (id == 0 && !branchChoices().containsKey(edit.branchesFrom())) {
            problems.put("branchesFrom", "Choose the level people join this track from.");
        }
        return problems;
    }

    /**
     * Stores a new track branching from a level. It has no level yet: the ladder shows it once its first level
     * is added under Career levels.
     */
    @Override
    public long create(TrackEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        return levels.createTrack(edit.name(), edit.description(), edit.branchesFrom());
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        return rows.whileReferenced(
                "select count(*) from career_level where track_id = ?",
                id,
                "levels belong to it; a track with levels is part of every assessment's ladder.");
    }

    @Override
    public void delete(long id) {
        rows.delete("career_track", "id", id);
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
        org.careerpath.web.Refused.ifAny(check(id, edit));
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
