package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;

/**
 * The competency matrix: every dimension the assessment rates (rows, by category) against every level
 * (columns, in ladder order), each cell with the expected step and the behaviour behind it.
 */
public record SkillMatrix(List<Level> columns, List<Group> groups) {

    public record Row(Dimension dimension, List<Expectation> cells) {}

    public record Group(String slug, String name, String kind, List<Row> rows) {}

    public static SkillMatrix of(CareerModel model) {
        Map<Long, List<Expectation>> byDimension = new LinkedHashMap<>();
        model.expectations()
                .forEach(e -> byDimension
                        .computeIfAbsent(e.dimensionId(), k -> new ArrayList<>())
                        .add(e));
        List<Group> groups = model.categories().stream()
                .map(c -> new Group(
                        c.slug(),
                        c.name(),
                        c.kind(),
                        c.dimensions().stream()
                                .map(d -> new Row(d, List.copyOf(byDimension.getOrDefault(d.id(), List.of()))))
                                .toList()))
                .toList();
        return new SkillMatrix(model.ladder().levels(), groups);
    }

    /** The CSV header: category, kind, dimension, scale, then the expected step and statement of each level. */
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("category", "kind", "dimension", "slug", "scale"));
        columns.forEach(level -> {
            header.add(level.name());
            header.add(level.name() + " statement");
        });
        return header;
    }

    /** One CSV row per dimension. */
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Group group : groups) {
            for (Row row : group.rows()) {
                List<Object> values = new ArrayList<>(List.of(
                        group.name(),
                        row.dimension().kind(),
                        row.dimension().name(),
                        row.dimension().slug(),
                        "0-" + row.dimension().maxStep()));
                row.cells().forEach(cell -> {
                    values.add(cell.value());
                    values.add(cell.statement());
                });
                rows.add(values);
            }
        }
        return rows;
    }

    /** The matrix as data: levels, then every dimension with its expectation and statement per level. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "levels",
                columns.stream()
                        .map(l -> Map.of("slug", l.slug(), "name", l.name(), "track", l.trackSlug()))
                        .toList());
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Group group : groups) {
            for (Row row : group.rows()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("slug", row.dimension().slug());
                d.put("name", row.dimension().name());
                d.put("kind", row.dimension().kind());
                d.put("category", group.slug());
                d.put("maxStep", row.dimension().maxStep());
                Map<String, Object> expected = new LinkedHashMap<>();
                row.cells()
                        .forEach(cell -> expected.put(
                                cell.levelSlug(),
                                Map.of(
                                        "step",
                                        cell.value(),
                                        "stepName",
                                        cell.stepName(),
                                        "statement",
                                        cell.statement())));
                d.put("expectations", expected);
                dimensions.add(d);
            }
        }
        body.put("dimensions", dimensions);
        return body;
    }
}
