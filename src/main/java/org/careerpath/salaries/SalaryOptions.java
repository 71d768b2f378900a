package org.careerpath.salaries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.sources.Source;

/** What the filters can choose from: every location, year and source that has at least one band. */
public record SalaryOptions(List<SalaryLocation> locations, List<Integer> years, List<Source> sources) {

    /** Source slug to "publisher (year)", for the filter's drop-down. */
    public Map<String, String> sourceChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        sources.forEach(s -> choices.put(s.slug(), s.publisher() + " (" + s.yearText() + ")"));
        return choices;
    }

    public Map<String, String> yearChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        years.forEach(y -> choices.put(y.toString(), y.toString()));
        return choices;
    }
}
