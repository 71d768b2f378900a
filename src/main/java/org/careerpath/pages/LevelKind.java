package org.careerpath.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelTexts;
import org.careerpath.levels.Track;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.ExpectationTexts;
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

    /** The form fields only a new level has. */
    private static final List<String> NEW_ONLY = List.of("track", "yearsMin", "sfiaLevel", "raised");

    private final LevelTexts texts;
    private final ExpectationTexts expectations;
    private final SkillCatalogue skills;
    private final LadderController pages;

    LevelKind(LevelTexts texts, ExpectationTexts expectations, SkillCatalogue skills, LadderController pages) {
        this.texts = texts;
        this.expectations = expectations;
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
        return texts.deleteRefusal(id);
    }

    @Override
    public void delete(long id) {
        texts.delete(id);
    }

    @Override
    public void apply(long id, LevelEdit edit, String stamp) {
        if (!texts.apply(id, edit.texts(), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public Optional<LevelEdit> blank() {
        return Optional.of(LevelEdit.blank());
    }

    /** The tracks a new level may join: slug to name. */
    public Map<String, String> trackChoices() {
        return texts.trackChoices();
    }

    /** The dimensions a new level may raise, in catalogue order: slug to "category: name". */
    public Map<String, String> dimensionChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        skills.load().dimensions().forEach(d -> choices.put(d.slug(), d.categoryName() + ": " + d.name()));
        return choices;
    }

    @Override
    public Map<String, String> fields(LevelEdit edit) {
        Map<String, String> fields = EditableKind.super.fields(edit);
        NEW_ONLY.forEach(name -> fields.remove(name, ""));
        return fields;
    }

    @Override
    public Map<String, String> check(long id, LevelEdit edit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (texts.nameTaken(id, edit.name())) {
            problems.put("name", "Another level is already called that; names must differ.");
        }
        if (id != 0) {
            return problems;
        }
        Optional<LevelTexts.Place> place = texts.placeAtTop(edit.track()).filter(p -> p.belowLevelId() != null);
        if (place.isEmpty()) {
            problems.put("track", "Choose the track the level joins; it goes at the top of it.");
        }
        if (edit.yearsMin().isEmpty()) {
            problems.put("yearsMin", "Give the years of experience people usually have at this level.");
        }
        if (edit.sfiaLevel().isEmpty()) {
            problems.put("sfiaLevel", "Give the SFIA level of responsibility, 1 to 7.");
        }
        if (place.isEmpty() || !problems.isEmpty()) {
            return problems;
        }
        CareerModel published = skills.load();
        Level below = published.ladder().byId(place.get().belowLevelId()).orElseThrow();
        List<String> raised = edit.raisedSlugs();
        if (raised.isEmpty()) {
            problems.put("raised", "Choose what the level expects more of than " + below.shortName() + ".");
        }
        for (String slug : raised) {
            Optional<Dimension> dimension = published.dimensions().stream()
                    .filter(d -> d.slug().equals(slug))
                    .findFirst();
            if (dimension.isEmpty()) {
                problems.putIfAbsent("raised", "There is no dimension " + slug + " offered today.");
            } else if (published
                    .expectation(below.id(), dimension.get().id())
                    .map(e -> e.value() >= dimension.get().maxStep())
                    .orElse(true)) {
                problems.putIfAbsent(
                        "raised",
                        below.shortName() + " already expects the top of the scale on "
                                + dimension.get().name() + "; a level cannot expect more.");
            }
        }
        if (problems.isEmpty()) {
            List<String> broken =
                    new ArrayList<>(withNewLevel(published, edit, place.get()).shapeProblems());
            broken.removeAll(published.shapeProblems());
            if (!broken.isEmpty()) {
                problems.put("raised", String.join(" ", broken));
            }
        }
        return problems;
    }

    /**
     * Adds the level at the top of its track with an expectation on every dimension (the level below's, one
     * step up where it raises them), in the publish's transaction.
     */
    @Override
    public long create(LevelEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        LevelTexts.Place place = texts.placeAtTop(edit.track()).orElseThrow();
        long id = texts.create(
                place, edit.texts(), Integer.parseInt(edit.yearsMin()), Integer.parseInt(edit.sfiaLevel()));
        expectations.startLevel(id, place.belowLevelId(), edit.raisedSlugs());
        return id;
    }

    /** The published model with the new level on top of its track, as it will be once published. */
    private static CareerModel withNewLevel(CareerModel published, LevelEdit edit, LevelTexts.Place place) {
        Level level = edit.appliedTo(new Level(
                0,
                "new-level",
                edit.name(),
                edit.shortName(),
                place.trackSlug(),
                place.trackName(),
                place.rank(),
                edit.yearsMin().isEmpty() ? 0 : Integer.parseInt(edit.yearsMin()),
                null,
                edit.focus(),
                edit.scopeOfImpact(),
                edit.summary(),
                null,
                null,
                edit.sfiaLevel().isEmpty() ? 1 : Integer.parseInt(edit.sfiaLevel()),
                edit.commonName(),
                null,
                null,
                null,
                null,
                null,
                List.of()));
        List<Track> tracks = new ArrayList<>();
        boolean joined = false;
        for (Track t : published.ladder().tracks()) {
            if (t.id() == place.trackId()) {
                List<Level> levels = new ArrayList<>(t.levels());
                levels.add(level);
                tracks.add(new Track(t.id(), t.slug(), t.name(), t.description(), t.branchesFromLevelSlug(), levels));
                joined = true;
            } else {
                tracks.add(t);
            }
        }
        if (!joined) {
            tracks.add(new Track(
                    place.trackId(),
                    place.trackSlug(),
                    place.trackName(),
                    place.trackDescription(),
                    place.branchSlug(),
                    List.of(level)));
        }
        List<String> raised = edit.raisedSlugs();
        List<Expectation> all = new ArrayList<>(published.expectations());
        Map<Long, Dimension> dimensions = new LinkedHashMap<>();
        published.allDimensions().forEach(d -> dimensions.put(d.id(), d));
        for (Expectation e : published.expectations()) {
            if (e.levelId() == place.belowLevelId() && dimensions.containsKey(e.dimensionId())) {
                boolean up = raised.contains(e.dimensionSlug());
                int value = up ? e.value() + 1 : e.value();
                org.careerpath.skills.Step step = published.step(e.dimensionId(), value);
                all.add(Expectation.of(
                        level, dimensions.get(e.dimensionId()), step, up ? step.description() : e.statement()));
            }
        }
        return new CareerModel(
                new Ladder(tracks),
                published.scale(),
                published.allCategories(),
                published.steps(),
                published.advice(),
                all);
    }

    @Override
    public String preview(long id, LevelEdit edit, Model model) {
        if (id == 0) {
            LevelTexts.Place place = texts.placeAtTop(edit.track())
                    .filter(p -> p.belowLevelId() != null)
                    .orElseThrow(() -> new NotFoundException("track " + edit.track()));
            CareerModel changed = withNewLevel(skills.load(), edit, place);
            Level level = changed.ladder().byId(0).orElseThrow();
            return pages.levelPage(level, changed, model);
        }
        Level published = skills.load().ladder().levels().stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("level " + id));
        return pages.levelPage(edit.appliedTo(published), model);
    }
}
