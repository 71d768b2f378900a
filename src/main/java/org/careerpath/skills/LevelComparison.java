package org.careerpath.skills;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every dimension at two levels, with what rises, what falls and the counts by category. */
public record LevelComparison(List<ComparisonRow> rows) {

    public List<ComparisonRow> rising() {
        return rows.stream().filter(ComparisonRow::rises).toList();
    }

    public List<ComparisonRow> falling() {
        return rows.stream().filter(ComparisonRow::falls).toList();
    }

    public long risingCount() {
        return rising().size();
    }

    public long fallingCount() {
        return falling().size();
    }

    public long unchangedCount() {
        return rows.size() - risingCount() - fallingCount();
    }

    /** Dimension slug to its row. */
    public Map<String, ComparisonRow> byDimension() {
        Map<String, ComparisonRow> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.dimensionSlug(), row));
        return map;
    }

    public List<CategoryChange> byCategory() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ComparisonRow row : rows) {
            int[] c = counts.computeIfAbsent(row.categorySlug(), k -> new int[3]);
            c[row.rises() ? 0 : row.falls() ? 1 : 2]++;
            names.putIfAbsent(row.categorySlug(), row.categoryName());
        }
        return counts.entrySet().stream()
                .map(e -> new CategoryChange(
                        e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
