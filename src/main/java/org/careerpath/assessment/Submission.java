package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
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
    static final String ACTION = "action";
    static final String UNSURE = "unsure";
    static final int LABEL_MAX = 120;
    static final String DEFAULT_TARGET = "senior";

    /** Fields the form may carry besides ratings (the CSRF token is checked before we get here). */
    private static final List<String> KNOWN = List.of(TARGET, LABEL, YEARS, ACTION, "_csrf");

    static Submission empty() {
        return new Submission(DEFAULT_TARGET, "", "", Map.of(), Map.of(), false);
    }

    /**
     * Reads the form. A complete submission needs an answer (a step or "not sure") for every dimension; a
     * draft keeps whatever was answered so far, but what it keeps must still be valid.
     */
    static Submission parse(
            Map<String, String[]> params, List<Dimension> skills, List<String> levelSlugs, boolean complete) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean tampered = false;
        Set<String> slugs = new java.util.HashSet<>();
        skills.forEach(s -> slugs.add(s.slug()));
        for (var param : params.entrySet()) {
            String name = param.getKey();
            if (param.getValue().length > 1) {
                errors.put(fieldOf(name), "This answer was sent more than once; choose one.");
                tampered = true;
            }
            boolean isSkill = name.startsWith(RATING_PREFIX) && slugs.contains(name.substring(RATING_PREFIX.length()));
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
        if (label.indexOf('\0') >= 0) {
            errors.putIfAbsent(LABEL, "The label contains a character that cannot be stored (a NUL byte); remove it.");
            label = label.replace("\0", "");
            tampered = true;
        } else if (label.length() > LABEL_MAX) {
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
                if (complete) {
                    errors.putIfAbsent(
                            field,
                            "Choose a rating for " + skill.name()
                                    + ", or “Not sure”; or save a draft and come back to it.");
                }
            } else if (!isRating(value.strip(), skill.maxStep())) {
                errors.putIfAbsent(
                        field,
                        "A rating of " + skill.name() + " is a whole number from 0 to " + skill.maxStep()
                                + " or “Not sure”; “" + shorten(value) + "” is not.");
                tampered = true;
            } else {
                ratings.put(skill.slug(), value.strip());
            }
        }
        return new Submission(target, label, years, ratings, errors, tampered);
    }

    /** A step of the scale (one digit from 0 to the top) or "not sure". */
    private static boolean isRating(String value, int maxStep) {
        return UNSURE.equals(value)
                || (value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '0' + maxStep);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Whether the form asked to save a draft rather than to see the results. */
    static boolean wantsDraft(Map<String, String[]> params) {
        return "draft".equals(first(params, ACTION));
    }

    /** How many dimensions were answered "not sure". */
    public long unsureCount() {
        return ratings.values().stream().filter(UNSURE::equals).count();
    }

    /** The answers in ids; call only on a valid submission. */
    Answers toAnswers(CareerModel model) {
        Level level = model.ladder().bySlug(target).orElseThrow();
        Map<Long, Integer> steps = new LinkedHashMap<>();
        Set<Long> unsure = new LinkedHashSet<>();
        Map<String, Long> ids = new java.util.HashMap<>();
        model.allDimensions().forEach(d -> ids.put(d.slug(), d.id()));
        ratings.forEach((slug, value) -> {
            long id = java.util.Objects.requireNonNull(ids.get(slug), slug);
            if (UNSURE.equals(value)) {
                unsure.add(id);
            } else {
                steps.put(id, Integer.valueOf(value));
            }
        });
        return new Answers(level.id(), label, yearsValue(), steps, unsure);
    }

    /** The form filled in with stored answers: today's dimensions only. */
    static Submission of(Answers answers, CareerModel model) {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Dimension dimension : model.dimensions()) {
            Integer rating = answers.ratings().get(dimension.id());
            if (rating != null) {
                ratings.put(dimension.slug(), Integer.toString(rating));
            } else if (answers.unsure().contains(dimension.id())) {
                ratings.put(dimension.slug(), UNSURE);
            }
        }
        BigDecimal years = answers.yearsExperience();
        return new Submission(
                model.ladder().byId(answers.targetLevelId()).map(Level::slug).orElse(DEFAULT_TARGET),
                answers.label() == null ? "" : answers.label(),
                years == null ? "" : years.stripTrailingZeros().toPlainString(),
                ratings,
                Map.of(),
                false);
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
        String clean = text.replace("\0", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
