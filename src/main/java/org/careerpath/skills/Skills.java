package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Ladder;

/**
 * Everything the skills module publishes, loaded at once: the scale, the catalogue, what each proficiency
 * looks like, and the expectation of every skill at every level (in catalogue order, then ladder order).
 */
public record Skills(
        List<Proficiency> scale,
        List<Category> categories,
        Map<Long, List<Descriptor>> descriptorsBySkill,
        List<Expectation> expectations,
        Ladder ladder) {

    public List<Skill> all() {
        return categories.stream().flatMap(c -> c.skills().stream()).toList();
    }

    public Optional<Skill> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<SkillDetail> detail(String slug) {
        return bySlug(slug)
                .map(skill -> new SkillDetail(skill, descriptorsBySkill.getOrDefault(skill.id(), List.of())));
    }

    /** Skill slug to what proficiencies 1-4 look like. */
    public Map<String, List<Descriptor>> descriptorsBySlug() {
        Map<String, List<Descriptor>> bySlug = new LinkedHashMap<>();
        all().forEach(skill -> bySlug.put(skill.slug(), descriptorsBySkill.getOrDefault(skill.id(), List.of())));
        return bySlug;
    }

    /** Every skill at one level, grouped by category in catalogue order. */
    public List<ExpectationGroup> atLevel(long levelId) {
        return ExpectationGroup.of(
                expectations.stream().filter(e -> e.levelId() == levelId).toList());
    }

    /** One skill at every level, in ladder order. */
    public List<Expectation> ofSkill(long skillId) {
        return expectations.stream().filter(e -> e.skillId() == skillId).toList();
    }

    /** Level id to skill id to expected proficiency. */
    public Map<Long, Map<Long, Integer>> expectedByLevel() {
        Map<Long, Map<Long, Integer>> byLevel = new LinkedHashMap<>();
        expectations.forEach(e ->
                byLevel.computeIfAbsent(e.levelId(), k -> new LinkedHashMap<>()).put(e.skillId(), e.proficiency()));
        return byLevel;
    }

    public String proficiencyName(int value) {
        return scale.stream()
                .filter(p -> p.value() == value)
                .map(Proficiency::name)
                .findFirst()
                .orElse("");
    }

    /** Every skill with its expectation at two levels, in catalogue order. */
    public LevelComparison compare(long fromLevelId, long toLevelId) {
        Map<Long, Expectation> from = new LinkedHashMap<>();
        Map<Long, Expectation> to = new LinkedHashMap<>();
        for (Expectation e : expectations) {
            if (e.levelId() == fromLevelId) {
                from.put(e.skillId(), e);
            }
            if (e.levelId() == toLevelId) {
                to.put(e.skillId(), e);
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Skill skill : all()) {
            Expectation a = from.get(skill.id());
            Expectation b = to.get(skill.id());
            if (a != null && b != null) {
                rows.add(new ComparisonRow(
                        skill.slug(),
                        skill.name(),
                        skill.categorySlug(),
                        skill.categoryName(),
                        a.proficiency(),
                        a.proficiencyName(),
                        b.proficiency(),
                        b.proficiencyName(),
                        b.descriptor()));
            }
        }
        return new LevelComparison(rows);
    }
}
