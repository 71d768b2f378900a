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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skills module's published API. One call loads the whole skills model in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class SkillCatalogue {

    private final SkillRepository skills;
    private final SkillCategoryRepository categories;
    private final ProficiencyRepository proficiencies;
    private final DescriptorRepository descriptors;
    private final ExpectationRepository expectations;
    private final LevelCatalogue levels;

    SkillCatalogue(
            SkillRepository skills,
            SkillCategoryRepository categories,
            ProficiencyRepository proficiencies,
            DescriptorRepository descriptors,
            ExpectationRepository expectations,
            LevelCatalogue levels) {
        this.skills = skills;
        this.categories = categories;
        this.proficiencies = proficiencies;
        this.descriptors = descriptors;
        this.expectations = expectations;
        this.levels = levels;
    }

    public Skills load() {
        Ladder ladder = levels.ladder();
        List<Proficiency> scale = proficiencies.findAllByOrderByValue().stream()
                .map(ProficiencyRow::toProficiency)
                .toList();
        Map<Integer, Proficiency> byValue = new HashMap<>();
        scale.forEach(p -> byValue.put(p.value(), p));

        List<SkillRow> skillRows = skills.findAllInCatalogueOrder();
        Map<String, List<Skill>> bySlug = new LinkedHashMap<>();
        skillRows.forEach(row -> bySlug.computeIfAbsent(row.getCategory().getSlug(), k -> new ArrayList<>())
                .add(row.toSkill()));
        List<Category> catalogue = categories.findAllByOrderByPosition().stream()
                .map(c -> new Category(
                        c.getSlug(),
                        c.getName(),
                        c.getDescription(),
                        c.isPillar(),
                        List.copyOf(bySlug.getOrDefault(c.getSlug(), List.of()))))
                .toList();
        List<Skill> all = catalogue.stream().flatMap(c -> c.skills().stream()).toList();

        Map<Long, Map<Integer, String>> words = new HashMap<>();
        Map<Long, List<Descriptor>> descriptorsBySkill = new LinkedHashMap<>();
        descriptors.findAll().stream()
                .sorted(Comparator.comparing(DescriptorRow::getSkillId).thenComparing(DescriptorRow::getProficiency))
                .forEach(d -> {
                    words.computeIfAbsent(d.getSkillId(), k -> new HashMap<>())
                            .put((int) d.getProficiency(), d.getDescription());
                    descriptorsBySkill
                            .computeIfAbsent(d.getSkillId(), k -> new ArrayList<>())
                            .add(new Descriptor(
                                    d.getProficiency(),
                                    byValue.get((int) d.getProficiency()).name(),
                                    d.getDescription()));
                });

        Map<Long, Map<Long, Integer>> expected = new HashMap<>();
        expectations
                .findAll()
                .forEach(e -> expected.computeIfAbsent(e.getSkillId(), k -> new HashMap<>())
                        .put(e.getLevelId(), (int) e.getProficiency()));
        List<Expectation> matrix = new ArrayList<>();
        for (Skill skill : all) {
            Map<Long, Integer> atLevels = expected.getOrDefault(skill.id(), Map.of());
            for (Level level : ladder.levels()) {
                Integer value = atLevels.get(level.id());
                if (value == null) {
                    continue;
                }
                Proficiency p = byValue.get(value);
                String descriptor = words.getOrDefault(skill.id(), Map.of()).getOrDefault(value, p.description());
                matrix.add(Expectation.of(level, skill, value, p.name(), descriptor));
            }
        }
        return new Skills(scale, catalogue, descriptorsBySkill, List.copyOf(matrix), ladder);
    }
}
