package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.Dimension;

/**
 * The assessment form as submitted: read field by field from the request so that every kind of bad input
 * (missing, out of range, not a number, unknown, duplicated, oversized) gets its own message, next to its
 * field, while the other answers are kept for the form.
 */
record Submission(
        String target,
        String label,
        String years,
        Map<String, String> ratings,
        Map<String, String> errors,
        boolean tampered) {

    static final String TARGET = "target";
    static final String LABEL = "label";
    static final String YEARS = "years";
    static final String RATING_PREFIX = "rating-";
    static final int LABEL_MAX = 120;
    static final String DEFAULT_TARGET = "senior";

    /** Fields the form may carry besides ratings (the CSRF token is checked before we get here). */
    private static final List<String> KNOWN = List.of(TARGET, LABEL, YEARS, "_csrf");

    static Submission empty() {
        return new Submission(DEFAULT_TARGET, "", "", Map.of(), Map.of(), false);
    }

    static Submission parse(Map<String, String[]> params, List<Dimension> skills, List<String> levelSlugs) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean tampered = false;
        for (var param : params.entrySet()) {
            String name = param.getKey();
            if (param.getValue().length > 1) {
                errors.put(fieldOf(name), "This answer was sent more than once; choose one.");
                tampered = true;
            }
            boolean isSkill = name.startsWith(RATING_PREFIX)
                    && skills.stream().anyMatch(s -> s.slug().equals(name.substring(RATING_PREFIX.length())));
            if (!isSkill && !KNOWN.contains(name)) {
                errors.put(
                        "form",
                        "The form contained an answer we do not know (" + shorten(name) + "). Nothing was saved.");
                tampered = true;
            }
        }
        String target = first(params, TARGET);
        if (target == null || target.isBlank()) {
            errors.putIfAbsent(TARGET, "Choose the level you are aiming for.");
            target = DEFAULT_TARGET;
        } else if (!levelSlugs.contains(target)) {
            errors.putIfAbsent(TARGET, "There is no level called “" + shorten(target) + "”; choose one from the list.");
            tampered = true;
        }
        String label = first(params, LABEL);
        label = label == null ? "" : label.strip();
        if (label.length() > LABEL_MAX) {
            errors.putIfAbsent(
                    LABEL, "Keep the label to " + LABEL_MAX + " characters (it has " + label.length() + ").");
            label = label.substring(0, LABEL_MAX);
        }
        String years = first(params, YEARS);
        years = years == null ? "" : years.strip();
        if (!years.isEmpty()) {
            BigDecimal value = decimal(years);
            if (value == null
                    || value.signum() < 0
                    || value.compareTo(BigDecimal.valueOf(60)) > 0
                    || value.scale() > 1) {
                errors.putIfAbsent(YEARS, "Enter years of experience as a number from 0 to 60, such as 6 or 6.5.");
                years = shorten(years);
            }
        }
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Dimension skill : skills) {
            String field = RATING_PREFIX + skill.slug();
            String value = first(params, field);
            if (value == null || value.isBlank()) {
                errors.putIfAbsent(field, "Choose a rating for " + skill.name() + ".");
            } else if (!value.strip().matches("[0-" + skill.maxStep() + "]")) {
                errors.putIfAbsent(
                        field,
                        "A rating of " + skill.name() + " is a whole number from 0 to " + skill.maxStep() + "; “"
                                + shorten(value) + "” is not.");
                tampered = true;
            } else {
                ratings.put(skill.slug(), value.strip());
            }
        }
        return new Submission(target, label, years, ratings, errors, tampered);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public BigDecimal yearsValue() {
        return years.isEmpty() ? null : decimal(years);
    }

    /** The error fields in the order of the form, for the summary at the top. */
    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    private static String fieldOf(String name) {
        return name.startsWith(RATING_PREFIX) || name.equals(TARGET) || name.equals(LABEL) || name.equals(YEARS)
                ? name
                : "form";
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
