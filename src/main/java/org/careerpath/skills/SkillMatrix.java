package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The competency matrix: skills (rows, by category) against levels (columns, in ladder order). */
public record SkillMatrix(List<Column> columns, List<Group> groups) {

    public record Column(String slug, String name, String shortName, String trackSlug) {}

    public record Row(String slug, String name, List<Expectation> cells) {}

    public record Group(String slug, String name, List<Row> rows) {}

    /** Builds the matrix from expectations ordered by category, skill, track and rank. */
    public static SkillMatrix of(List<Expectation> expectations) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Map<String, List<Expectation>>> cells = new LinkedHashMap<>();
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Map<String, String> skillNames = new LinkedHashMap<>();
        for (Expectation e : expectations) {
            columns.putIfAbsent(
                    e.levelSlug(), new Column(e.levelSlug(), e.levelName(), e.levelShortName(), e.trackSlug()));
            categoryNames.putIfAbsent(e.categorySlug(), e.categoryName());
            skillNames.putIfAbsent(e.skillSlug(), e.skillName());
            cells.computeIfAbsent(e.categorySlug(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.skillSlug(), k -> new ArrayList<>())
                    .add(e);
        }
        List<Group> groups = cells.entrySet().stream()
                .map(category -> new Group(
                        category.getKey(),
                        categoryNames.get(category.getKey()),
                        category.getValue().entrySet().stream()
                                .map(skill -> new Row(skill.getKey(), skillNames.get(skill.getKey()), skill.getValue()))
                                .toList()))
                .toList();
        return new SkillMatrix(List.copyOf(columns.values()), groups);
    }

    /** The CSV header: category, skill, then one column per level. */
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("category", "skill"));
        columns.forEach(column -> header.add(column.name()));
        return header;
    }

    /** One CSV row per skill: its category, its name and the expected proficiency (0-4) at each level. */
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Group group : groups) {
            for (Row row : group.rows()) {
                List<Object> values = new ArrayList<>(List.of(group.name(), row.name()));
                row.cells().forEach(cell -> values.add(cell.proficiency()));
                rows.add(values);
            }
        }
        return rows;
    }
}
