package org.careerpath.certifications;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole certification catalogue, by name, with the ways pages look into it. */
public record Certifications(List<Certification> all) {

    private static final Comparator<Certification> ACTIVE_FIRST =
            Comparator.comparingInt(Certification::statusOrder).thenComparing(Certification::name);

    public List<Certification> list(CertificationFilter filter) {
        Comparator<Certification> order = "cost".equals(filter.sort())
                ? Comparator.comparing(Certification::costUsdMin, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Certification::name)
                : Comparator.comparing(Certification::name);
        return all.stream().filter(filter::matches).sorted(order).toList();
    }

    public List<String> providers() {
        return all.stream().map(Certification::provider).distinct().sorted().toList();
    }

    public Optional<Certification> bySlug(String slug) {
        return all.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** Certifications covering a skill, active ones first. */
    public List<Certification> coveringSkill(long skillId) {
        return all.stream()
                .filter(c -> c.skillIds().contains(skillId))
                .sorted(ACTIVE_FIRST)
                .toList();
    }

    /** For each of several skills, the certifications covering it, active first. */
    public Map<Long, List<Certification>> coveringSkills(Collection<Long> skillIds) {
        Map<Long, List<Certification>> bySkill = new LinkedHashMap<>();
        skillIds.forEach(id -> bySkill.put(id, coveringSkill(id)));
        return bySkill;
    }

    /** Certifications suited to a level, active ones first. */
    public List<Certification> suitedToLevel(long levelId) {
        return all.stream()
                .filter(c -> c.levelIds().contains(levelId))
                .sorted(ACTIVE_FIRST)
                .toList();
    }
}
