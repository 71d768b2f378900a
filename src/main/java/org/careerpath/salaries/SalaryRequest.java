package org.careerpath.salaries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;

/**
 * The salary filters of a request, read parameter by parameter and checked against what exists: a value
 * that is repeated, too long, holds a NUL byte or names nothing we have is left out with a message saying
 * why, and the page is answered with 400 and the rest of the filters applied.
 */
record SalaryRequest(SalaryFilter filter, List<String> errors, List<String> parameters) {

    static final int MAX_LENGTH = 200;
    static final int MAX_TITLES = 100;

    static SalaryRequest parse(Map<String, String[]> params, SalaryOptions options) {
        List<String> errors = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        String location = single(params, "location", "location", errors, parameters, null, Function.identity());
        if (location != null && options.places().byCode(location).isEmpty()) {
            errors.add("We have no location “" + shorten(location) + "”; choose one from the list.");
            parameters.add("location");
            location = null;
        }
        String level = single(
                params,
                "level",
                "level",
                errors,
                parameters,
                options.levels().stream().map(Level::slug).toList(),
                Function.identity());
        String source = single(
                params,
                "source",
                "source",
                errors,
                parameters,
                options.sources().stream().map(Source::slug).toList(),
                Function.identity());
        String basis = single(params, "basis", "pay basis", errors, parameters, BandView.BASES, Function.identity());
        String year = single(
                params,
                "year",
                "year",
                errors,
                parameters,
                options.years().stream().map(String::valueOf).toList(),
                Function.identity());
        Set<String> titles = new LinkedHashSet<>();
        String[] asked = params.getOrDefault("title", new String[0]);
        if (asked.length > MAX_TITLES) {
            errors.add("At most " + MAX_TITLES + " titles can be chosen; the survey's titles were not narrowed.");
            parameters.add("title");
        } else {
            List<String> counted =
                    options.titles().stream().map(SurveyTitle::title).toList();
            for (String value : asked) {
                String problem = problem(value, "title");
                String text = value.strip();
                if (problem != null) {
                    errors.add(problem);
                    parameters.add("title");
                } else if (!text.isEmpty() && !counted.contains(text)) {
                    errors.add("“" + shorten(text)
                            + "” is not one of the survey titles CareerPath counts; it was left out.");
                    parameters.add("title");
                } else if (!text.isEmpty()) {
                    titles.add(text);
                }
            }
        }
        return new SalaryRequest(
                new SalaryFilter(
                        location == null ? SalaryFilter.DEFAULT_LOCATION : location,
                        level,
                        source,
                        basis,
                        year == null ? null : Integer.valueOf(year),
                        Set.copyOf(titles)),
                List.copyOf(errors),
                List.copyOf(parameters));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private static String single(
            Map<String, String[]> params,
            String name,
            String what,
            List<String> errors,
            List<String> parameters,
            List<String> choices,
            Function<String, String> normalise) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            errors.add("Choose one " + what + "; it was given " + values.length + " times, so none was applied.");
            parameters.add(name);
            return null;
        }
        String problem = problem(values[0], what);
        if (problem != null) {
            errors.add(problem);
            parameters.add(name);
            return null;
        }
        String text = normalise.apply(values[0].strip());
        if (text.isEmpty()) {
            return null;
        }
        if (choices != null && !choices.contains(text)) {
            errors.add(("year".equals(name) && !text.matches("\\d{4}")
                            ? "“" + shorten(text) + "” is not a year"
                            : "We have no " + what + " “" + shorten(text) + "”")
                    + "; choose one from the list.");
            parameters.add(name);
            return null;
        }
        return text;
    }

    /** A value no filter can take: a NUL byte, or far too long. */
    private static String problem(String value, String what) {
        if (value.indexOf('\0') >= 0) {
            return "The " + what + " contains a character that cannot be used (a NUL byte); it was not applied.";
        }
        if (value.length() > MAX_LENGTH) {
            return "The " + what + " is too long to be one (" + value.length() + " characters); it was not applied.";
        }
        return null;
    }

    private static String shorten(String text) {
        String clean = text.replace("\0", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
