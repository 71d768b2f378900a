package org.careerpath.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.Dimension;

/**
 * A mentor's form as submitted, read field by field: for each dimension a step, "not sure" or nothing, and
 * an optional comment. Bad input of any kind gets a message next to its field and the answers are kept.
 *
 * @param ratings dimension slug to "0".."5" or "unsure"
 * @param comments dimension slug to the comment
 * @param tampered whether the form was changed in a way the page cannot produce (answered with 400)
 */
record MentorSubmission(
        Map<String, String> ratings, Map<String, String> comments, Map<String, String> errors, boolean tampered) {

    static final String RATING_PREFIX = "rating-";
    static final String COMMENT_PREFIX = "comment-";
    static final int COMMENT_MAX = 1000;

    static MentorSubmission empty() {
        return new MentorSubmission(Map.of(), Map.of(), Map.of(), false);
    }

    static MentorSubmission of(Map<Long, MentorAnswer> answers, List<Dimension> dimensions) {
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            MentorAnswer answer = answers.get(d.id());
            if (answer != null) {
                ratings.put(
                        d.slug(),
                        answer.rating() == null
                                ? Submission.UNSURE
                                : answer.rating().toString());
                if (answer.comment() != null) {
                    comments.put(d.slug(), answer.comment());
                }
            }
        }
        return new MentorSubmission(ratings, comments, Map.of(), false);
    }

    static MentorSubmission parse(Map<String, String[]> params, List<Dimension> dimensions) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean tampered = false;
        for (var param : params.entrySet()) {
            String name = param.getKey();
            if (name.equals("_csrf")) {
                continue;
            }
            String slug = name.startsWith(RATING_PREFIX)
                    ? name.substring(RATING_PREFIX.length())
                    : name.startsWith(COMMENT_PREFIX) ? name.substring(COMMENT_PREFIX.length()) : null;
            if (slug == null || dimensions.stream().noneMatch(d -> d.slug().equals(slug))) {
                errors.put(
                        "form",
                        "The form contained an answer for something that is not one of the dimensions (" + shorten(name)
                                + "). Nothing was saved.");
                tampered = true;
            } else if (param.getValue().length > 1) {
                errors.put(name, "This answer was sent more than once; give one.");
                tampered = true;
            }
        }
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            String rating = first(params, RATING_PREFIX + d.slug());
            if (rating != null && !rating.isBlank()) {
                if (rating.strip().matches("[0-" + d.maxStep() + "]|" + Submission.UNSURE)) {
                    ratings.put(d.slug(), rating.strip());
                } else {
                    errors.putIfAbsent(
                            RATING_PREFIX + d.slug(),
                            "A rating of " + d.name() + " is a whole number from 0 to " + d.maxStep()
                                    + " or “Not sure”; “" + shorten(rating) + "” is not.");
                    tampered = true;
                }
            }
            String comment = first(params, COMMENT_PREFIX + d.slug());
            if (comment != null && !comment.isBlank()) {
                comment = comment.strip().replace("\r\n", "\n");
                if (comment.indexOf('\0') >= 0) {
                    errors.putIfAbsent(
                            COMMENT_PREFIX + d.slug(),
                            "The comment on " + d.name()
                                    + " contains a character that cannot be stored (a NUL byte); remove it.");
                    comment = comment.replace("\0", "");
                    tampered = true;
                } else if (comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
                    errors.putIfAbsent(
                            COMMENT_PREFIX + d.slug(),
                            "Keep the comment on " + d.name() + " to " + COMMENT_MAX + " characters (it has "
                                    + comment.codePointCount(0, comment.length()) + ").");
                }
                comments.put(d.slug(), comment);
            }
        }
        if (ratings.isEmpty() && comments.isEmpty() && errors.isEmpty()) {
            errors.put("form", "Rate at least one dimension, or leave a comment on one, before sending.");
        }
        return new MentorSubmission(ratings, comments, errors, tampered);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The answers in ids; call only on a valid submission. */
    List<MentorAnswer> toAnswers(List<Dimension> dimensions) {
        List<MentorAnswer> answers = new ArrayList<>();
        for (Dimension d : dimensions) {
            String rating = ratings.get(d.slug());
            String comment = comments.get(d.slug());
            if (rating != null || comment != null) {
                answers.add(new MentorAnswer(
                        d.id(),
                        rating == null || rating.equals(Submission.UNSURE) ? null : Integer.valueOf(rating),
                        comment));
            }
        }
        return answers;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String shorten(String text) {
        String clean = text.replace("\0", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
