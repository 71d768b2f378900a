package org.careerpath.salaries;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.admin.VersionedRows;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Published salary figures as editors correct them, previewed in the real salaries page for the figure's
 * place and level. The same rules as the table's (percentiles that rise, a range whose top is not below its
 * bottom, the numbers the statistic needs) are checked when the draft is saved, by trying the write in a
 * transaction that is always rolled back, and said next to the field.
 */
@Component
class BandKind implements EditableKind<BandEdit> {

    private static final List<String> COLUMNS = List.of(
            "label",
            "p10",
            "p25",
            "median",
            "p75",
            "p90",
            "mean",
            "min_amount",
            "max_amount",
            "amount",
            "sample_size",
            "note");

    private static final List<String> NULLABLE = COLUMNS.subList(1, COLUMNS.size());

    /** What each of the table's rules means, and which field says it. */
    private static final Map<String, Map.Entry<String, String>> RULES = Map.of(
            "salary_band_percentiles_ordered_ck",
            Map.entry("median", "Percentiles must rise: P10 ≤ P25 ≤ median ≤ P75 ≤ P90."),
            "salary_band_range_ordered_ck",
            Map.entry("maxAmount", "The highest figure must not be below the lowest."),
            "salary_band_statistic_ck",
            Map.entry("median", "These numbers do not fit the figure's statistic: keep the ones it states."),
            "salary_band_positive_ck",
            Map.entry("median", "Amounts must be above zero."),
            "salary_band_positive_amount_ck",
            Map.entry("amount", "Amounts must be above zero."),
            "salary_band_sample_ck",
            Map.entry("sampleSize", "A sample size must be above zero."));

    private final VersionedRows rows;
    private final SalaryCatalogue catalogue;
    private final SalaryController pages;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    BandKind(
            VersionedRows rows,
            SalaryCatalogue catalogue,
            SalaryController pages,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.pages = pages;
        this.jdbc = jdbc;
    }

    /** The new form's choices: sources (slug to citation). */
    public Map<String, String> sourceChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        catalogue.load().sources().forEach(s -> choices.put(s.slug(), s.citation() + ": " + s.title()));
        return choices;
    }

    /** Levels (slug to name). */
    public Map<String, String> levelChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        catalogue.load().ladder().levels().forEach(l -> choices.put(l.slug(), l.name()));
        return choices;
    }

    /** Places (code to name). */
    public Map<String, String> locationChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        catalogue.load().locations().stored().values().stream()
                .sorted(java.util.Comparator.comparingInt(SalaryLocation::position))
                .forEach(l -> choices.put(l.code(), l.name()));
        return choices;
    }

    /** Statistics (code to what it is). */
    public Map<String, String> statisticChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        BandView.STATISTICS.forEach(s -> choices.put(s, BandView.statisticLabel(s)));
        return choices;
    }

    @Override
    public Optional<BandEdit> blank() {
        return Optional.of(
                new BandEdit("", "", "US", "gross", "median", "", "", "", "", "", "", "", "", "", "", "", ""));
    }

    private long insert(BandEdit edit) {
        Map<String, String> figures = edit.values();
        return jdbc.sql("""
                        insert into salary_band (source_id, level_id, label, location_code, currency, period,
                                                 pay_basis, statistic, p10, p25, median, p75, p90, mean, min_amount,
                                                 max_amount, amount, sample_size, note)
                        select s.id, (select id from career_level where slug = :level), :label, :location, 'USD',
                               'annual', :basis, :statistic, cast(:p10 as numeric), cast(:p25 as numeric),
                               cast(:median as numeric), cast(:p75 as numeric), cast(:p90 as numeric),
                               cast(:mean as numeric), cast(:min as numeric), cast(:max as numeric),
                               cast(:amount as numeric), cast(:n as integer), :note
                          from source s where s.slug = :source
                        returning id
                        """)
                .param("level", edit.level())
                .param("label", edit.label())
                .param("location", edit.location())
                .param("basis", edit.basis())
                .param("statistic", edit.statistic())
                .param("p10", blankAsNull(figures.get("p10")))
                .param("p25", blankAsNull(figures.get("p25")))
                .param("median", blankAsNull(figures.get("median")))
                .param("p75", blankAsNull(figures.get("p75")))
                .param("p90", blankAsNull(figures.get("p90")))
                .param("mean", blankAsNull(figures.get("mean")))
                .param("min", blankAsNull(figures.get("min_amount")))
                .param("max", blankAsNull(figures.get("max_amount")))
                .param("amount", blankAsNull(figures.get("amount")))
                .param("n", blankAsNull(figures.get("sample_size")))
                .param("note", blankAsNull(figures.get("note")))
                .param("source", edit.source())
                .query(Long.class)
                .single();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Map<String, String> newFigureProblems(BandEdit edit) {
        if (!sourceChoices().containsKey(edit.source())) {
            return Map.of("source", "Choose the source that publishes the figure.");
        }
        if (!levelChoices().containsKey(edit.level())) {
            return Map.of("level", "Choose the level the figure is for.");
        }
        if (!locationChoices().containsKey(edit.location())) {
            return Map.of("location", "Choose the place the figure is for.");
        }
        if (edit.basis().isBlank()) {
            return Map.of("basis", "Choose a pay basis.");
        }
        if (edit.statistic().isBlank()) {
            return Map.of("statistic", "Choose a statistic.");
        }
        return Map.of();
    }

    @Override
    public long create(BandEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        return insert(edit);
    }

    /** A published figure is cited only by the pages that show it: it may go. */
    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.empty();
    }

    @Override
    public void delete(long id) {
        rows.delete("salary_band", "id", id);
    }

    @Override
    public String type() {
        return "salary-band";
    }

    @Override
    public String path() {
        return "bands";
    }

    @Override
    public String title() {
        return "Published salary figures";
    }

    @Override
    public Class<BandEdit> formType() {
        return BandEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/band-fields";
    }

    @Override
    public List<Item> items() {
        return catalogue.load().published().stream()
                .map(b -> new Item(
                        b.id(),
                        b.label() + " · " + b.locationName() + (b.year() == null ? "" : " · " + b.year()),
                        "/salaries?location=" + b.locationCode(),
                        b.source().citation() + ", " + b.statisticWords()))
                .toList();
    }

    @Override
    public Optional<Current<BandEdit>> current(long id) {
        return rows.read("salary_band", id, COLUMNS).map(row -> new Current<>(id, row.stamp(), BandEdit.of(row)));
    }

    @Override
    public BandEdit normalised(BandEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(BandEdit edit) {
        return edit.label();
    }

    @Override
    public Map<String, String> check(long id, BandEdit edit) {
        if (id == 0 && !newFigureProblems(edit).isEmpty()) {
            return newFigureProblems(edit);
        }
        Optional<String> refused =
                id == 0 ? rows.refusal(() -> insert(edit)) : rows.refusal("salary_band", id, edit.values(), NULLABLE);
        return refused.map(constraint -> {
                    Map.Entry<String, String> rule = RULES.getOrDefault(
                            constraint, Map.entry("label", "PostgreSQL refused this figure (" + constraint + ")."));
                    return Map.of(rule.getKey(), rule.getValue());
                })
                .orElse(Map.of());
    }

    @Override
    public void apply(long id, BandEdit edit, String stamp) {
        if (!rows.write("salary_band", id, edit.values(), NULLABLE, stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, BandEdit edit, Model model) {
        Salaries published = catalogue.load();
        BandView before = id == 0
                ? newFigure(published, edit)
                : published.published().stream()
                        .filter(b -> b.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("salary figure " + id));
        BandView after = new BandView(
                before.id(),
                before.source(),
                before.levelId(),
                before.levelSlug(),
                before.levelName(),
                before.occupationCode(),
                edit.label(),
                before.location(),
                before.year(),
                before.currency(),
                before.period(),
                before.payBasis(),
                before.statistic(),
                BandEdit.money(edit.p10()),
                BandEdit.money(edit.p25()),
                BandEdit.money(edit.median()),
                BandEdit.money(edit.p75()),
                BandEdit.money(edit.p90()),
                BandEdit.money(edit.mean()),
                BandEdit.money(edit.minAmount()),
                BandEdit.money(edit.maxAmount()),
                BandEdit.money(edit.amount()),
                edit.sampleSize().isBlank() ? null : Integer.valueOf(edit.sampleSize()),
                before.employment(),
                edit.note().isBlank() ? null : edit.note(),
                before.computed(),
                before.experienceLevels());
        Salaries changed = new Salaries(
                published.sources(),
                id == 0
                        ? java.util.stream.Stream.concat(
                                        published.published().stream(), java.util.stream.Stream.of(after))
                                .toList()
                        : published.published().stream()
                                .map(b -> b.id() == id ? after : b)
                                .toList(),
                published.computed(),
                published.locations(),
                published.titles(),
                published.chosenTitles(),
                published.mappings(),
                published.projections(),
                published.lastImport(),
                published.ladder());
        Map<String, String[]> place = before.levelSlug() == null
                ? Map.of("location", new String[] {before.locationCode()})
                : Map.of(
                        "location", new String[] {before.locationCode()},
                        "level", new String[] {before.levelSlug()});
        return pages.salariesPage(SalarySelection.of(place, changed), model);
    }

    /** A new figure as the preview draws it, before it has an id. */
    private static BandView newFigure(Salaries published, BandEdit edit) {
        org.careerpath.sources.Source source = published.sources().stream()
                .filter(s -> s.slug().equals(edit.source()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("source " + edit.source()));
        org.careerpath.levels.Level level = published
                .ladder()
                .bySlug(edit.level())
                .orElseThrow(() -> new NotFoundException("level " + edit.level()));
        return new BandView(
                0,
                source,
                level.id(),
                level.slug(),
                level.name(),
                null,
                edit.label(),
                published.locations().get(edit.location()),
                source.year(),
                "USD",
                "annual",
                edit.basis(),
                edit.statistic(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }
}
