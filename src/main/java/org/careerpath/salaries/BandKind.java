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

    BandKind(VersionedRows rows, SalaryCatalogue catalogue, SalaryController pages) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.pages = pages;
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
        return rows.refusal("salary_band", id, edit.values(), NULLABLE)
                .map(constraint -> {
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
        BandView before = published.published().stream()
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
                published.published().stream()
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
}
