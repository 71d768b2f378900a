package org.careerpath.salaries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;

/**
 * What the filters can choose from: every place, year and source with at least one figure, every level and
 * title. Any place CareerPath knows can be asked about, with or without figures of its own (it then shows
 * the nearest wider place's); the drop-down lists the places with figures, and the one asked about.
 */
public record SalaryOptions(
        Locations places,
        List<SalaryLocation> locations,
        List<Integer> years,
        List<Source> sources,
        List<Level> levels,
        List<SurveyTitle> titles) {

    /** Source slug to "publisher (year)", for the filter's drop-down. */
    public Map<String, String> sourceChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        sources.forEach(s -> choices.put(
                s.slug(),
                s.publisher() + ": " + (s.title().length() > 60 ? s.title().substring(0, 59) + "…" : s.title()) + " ("
                        + s.yearText() + ")"));
        return choices;
    }

    public Map<String, String> yearChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        years.forEach(y -> choices.put(y.toString(), y.toString()));
        return choices;
    }

    public Map<String, String> levelChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        levels.forEach(l -> choices.put(l.slug(), l.name()));
        return choices;
    }

    public Map<String, String> basisChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        BandView.BASES.forEach(b -> choices.put(b, BandView.basisLabel(b)));
        return choices;
    }

    public List<SalaryLocation> locations(String kind) {
        return locations.stream().filter(l -> l.kind().equals(kind)).toList();
    }
}
