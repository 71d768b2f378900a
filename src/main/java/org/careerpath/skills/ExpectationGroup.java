package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A category's dimensions with their expectations at one level. */
public record ExpectationGroup(String slug, String name, List<Expectation> expectations) {

    /** Groups expectations by category, keeping their order. */
    static List<ExpectationGroup> of(List<Expectation> expectations) {
        Map<String, List<Expectation>> byCategory = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Expectation e : expectations) {
            byCategory.computeIfAbsent(e.categorySlug(), k -> new ArrayList<>()).add(e);
            names.putIfAbsent(e.categorySlug(), e.categoryName());
        }
        return byCategory.entrySet().stream()
                .map(e -> new ExpectationGroup(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }
}
