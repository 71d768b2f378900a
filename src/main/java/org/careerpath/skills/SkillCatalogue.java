package org.careerpath.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;

/** The skills module's published API: the whole career model, loaded in a fixed number of queries. */
@Service
public class SkillCatalogue {

    private final ContentSnapshots snapshots;

    private final SkillRepository skills;
    private final SkillCategoryRepository categories;
    private final ProficiencyRepository proficiencies;
    private final DescriptorRepository descriptors;
    private final ExpectationRepository expectations;
    private final StepAdviceRepository advice;
    private final LevelCatalogue levels;

    SkillCatalogue(
            SkillRepository skills,
            SkillCategoryRepository categories,
            ProficiencyRepository proficiencies,
            DescriptorRepository descriptors,
            ExpectationRepository expectations,
            StepAdviceRepository advice,
            LevelCatalogue levels,
            ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.skills = skills;
        this.categories = categories;
        this.proficiencies = proficiencies;
        this.descriptors = descriptors;
        this.expectations = expectations;
        this.advice = advice;
        this.levels = levels;
    }

    public CareerModel load() {
        return snapshots.get("skills.model", this::loadNow);
    }

    private CareerModel loadNow() {
        Ladder ladder = levels.ladder();
        List<Proficiency> scale = proficiencies.findAllByOrderByValue().stream()
                .map(ProficiencyRow::toProficiency)
                .toList();

        Map<String, List<Dimension>> byCategory = new LinkedHashMap<>();
        skills.findAllByOrderByCategoryPositionAscPositionAsc()
                .forEach(row -> byCategory
                        .computeIfAbsent(row.getCategory().getSlug(), k -> new ArrayList<>())
                        .add(row.toDimension()));
        List<DimensionCategory> catalogue = categories.findAllByOrderByPosition().stream()
                .map(c -> new DimensionCategory(
                        c.getId(),
                        c.getSlug(),
                        c.getName(),
                        c.getDescription(),
                        c.isPillar(),
                        c.getKind(),
                        c.getRetiredAt() != null,
                        List.copyOf(byCategory.getOrDefault(c.getSlug(), List.of()))))
                .toList();
        List<Dimension> all =
                catalogue.stream().flatMap(c -> c.dimensions().stream()).toList();

        Map<Long, Map<Integer, DescriptorRow>> words = new HashMap<>();
        descriptors
                .findAll()
                .forEach(d -> words.computeIfAbsent(d.getSkillId(), k -> new HashMap<>())
                        .put((int) d.getProficiency(), d));
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        for (Dimension d : all) {
            List<Step> scaleOfDimension = new ArrayList<>();
            for (int value = 0; value <= d.maxStep(); value++) {
                DescriptorRow row = words.getOrDefault(d.id(), Map.of()).get(value);
                Proficiency generic = value < scale.size() ? scale.get(value) : null;
                String name = row != null && row.getName() != null
                        ? row.getName()
                        : generic == null ? Integer.toString(value) : generic.name();
                String description = row != null ? row.getDescription() : generic == null ? "" : generic.description();
                scaleOfDimension.add(new Step(value, name, description));
            }
            steps.put(d.id(), List.copyOf(scaleOfDimension));
        }

        Map<Long, List<StepAdvice>> adviceByDimension = new LinkedHashMap<>();
        advice.findAll().stream()
                .map(row -> Map.entry(row.getSkillId(), row.toAdvice()))
                .sorted(Comparator.comparingInt(e -> e.getValue().step()))
                .forEach(e -> adviceByDimension
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        Map<Long, Map<Long, ExpectationRow>> expected = new HashMap<>();
        expectations
                .findAll()
                .forEach(e -> expected.computeIfAbsent(e.getSkillId(), k -> new HashMap<>())
                        .put(e.getLevelId(), e));
        List<Expectation> matrix = new ArrayList<>();
        for (Dimension d : all) {
            Map<Long, ExpectationRow> atLevels = expected.getOrDefault(d.id(), Map.of());
            for (Level level : ladder.levels()) {
                ExpectationRow row = atLevels.get(level.id());
                if (row != null) {
                    Step step = steps.get(d.id()).get(row.getProficiency());
                    matrix.add(Expectation.of(level, d, step, row.getStatement()));
                }
            }
        }
        return new CareerModel(ladder, scale, catalogue, steps, adviceByDimension, List.copyOf(matrix));
    }
}
