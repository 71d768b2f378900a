package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export format of an assessment ("careerpath-assessment", version 1, documented at
 * /assessment/export-format): every revision with its answers, the ticked checklist items and every mentor
 * opinion, by slug rather than database id so that a file can be brought into any instance. Reading checks
 * the file field by field and names the first wrong field by its path, such as
 * {@code revisions[0].ratings.python}. Pure: no Spring, no database.
 */
final class AssessmentFile {

    static final String FORMAT = "careerpath-assessment";
    static final int VERSION = 1;
    static final int MAX_REVISIONS = 500;
    static final int MAX_OPINIONS = 200;

    private static final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AssessmentFile() {}

    /** An assessment as a file holds it, in ids of this instance's career model. */
    record Contents(List<Revision> revisions, Set<Long> ticks, List<Opinion> opinions) {}

    /**
     * One mentor opinion in a file.
     *
     * @param invitation which invitation it came through (1, 2, ... in the file's order)
     */
    record Opinion(int invitation, String mentor, OffsetDateTime givenAt, int revision, List<MentorAnswer> answers) {}

    /** A file that cannot be imported, with the path of the first wrong field. */
    static final class Invalid extends Exception {

        private final String path;

        Invalid(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    // ---- writing ----

    static String write(Contents contents, CareerModel model, OffsetDateTime exportedAt) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("exportedAt", timestamp(exportedAt));
        List<Object> revisions = new ArrayList<>();
        for (Revision r : contents.revisions()) {
            Map<String, Object> revision = new LinkedHashMap<>();
            revision.put("number", r.number());
            revision.put("savedAt", timestamp(r.createdAt()));
            revision.put(
                    "target",
                    model.ladder().byId(r.targetLevelId()).map(Level::slug).orElse(null));
            revision.put("label", r.label());
            revision.put("yearsExperience", r.yearsExperience());
            Map<String, Object> ratings = new LinkedHashMap<>();
            for (Dimension d : model.allDimensions()) {
                if (r.ratings().containsKey(d.id())) {
                    ratings.put(d.slug(), r.ratings().get(d.id()));
                } else if (r.unsure().contains(d.id())) {
                    ratings.put(d.slug(), null);
                }
            }
            revision.put("ratings", ratings);
            revisions.add(revision);
        }
        file.put("revisions", revisions);
        file.put(
                "ticks",
                model.allDimensions().stream()
                        .filter(d -> contents.ticks().contains(d.id()))
                        .map(Dimension::slug)
                        .toList());
        List<Object> opinions = new ArrayList<>();
        for (Opinion o : contents.opinions()) {
            Map<String, Object> opinion = new LinkedHashMap<>();
            opinion.put("invitation", o.invitation());
            opinion.put("mentor", o.mentor());
            opinion.put("givenAt", timestamp(o.givenAt()));
            opinion.put("revision", o.revision());
            Map<Long, MentorAnswer> byId = new LinkedHashMap<>();
            o.answers().forEach(a -> byId.put(a.dimensionId(), a));
            Map<String, Object> ratings = new LinkedHashMap<>();
            for (Dimension d : model.allDimensions()) {
                MentorAnswer a = byId.get(d.id());
                if (a != null) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("rating", a.rating());
                    answer.put("comment", a.comment());
                    ratings.put(d.slug(), answer);
                }
            }
            opinion.put("ratings", ratings);
            opinions.add(opinion);
        }
        file.put("mentorOpinions", opinions);
        return json.writeValueAsString(file);
    }

    private static String timestamp(OffsetDateTime time) {
        return time == null
                ? null
                : time.withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    // ---- reading ----

    static Contents read(String text, CareerModel model) throws Invalid {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new Invalid(
                    "$",
                    "The file is not valid JSON"
                            + (location == null || location.getLineNr() < 0
                                    ? ""
                                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                            + ": " + shorten(e.getOriginalMessage()) + ".");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new Invalid(
                    "$", "The file holds no JSON object; an export starts with {\"format\": \"" + FORMAT + "\".");
        }
        only(root, "$", Set.of("format", "version", "exportedAt", "revisions", "ticks", "mentorOpinions"));
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            throw new Invalid(
                    "format", "This is not a CareerPath assessment export: \"format\" must be \"" + FORMAT + "\".");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new Invalid("version", "The file must say which version of the format it uses (\"version\": 1).");
        }
        if (!version.canConvertToInt() || version.intValue() != VERSION) {
            throw new Invalid(
                    "version",
                    "The file is version " + shorten(version.asString()) + " of the format; this portal reads version "
                            + VERSION + ".");
        }
        if (root.has("exportedAt") && !root.get("exportedAt").isNull()) {
            time(root.get("exportedAt"), "exportedAt");
        }

        JsonNode revisionsNode = array(root, "revisions", "revisions", MAX_REVISIONS);
        if (revisionsNode.isEmpty()) {
            throw new Invalid("revisions", "An assessment has at least one revision.");
        }
        List<Revision> revisions = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        int last = 0;
        for (int i = 0; i < revisionsNode.size(); i++) {
            String path = "revisions[" + i + "]";
            JsonNode r = object(revisionsNode.get(i), path);
            only(r, path, Set.of("number", "savedAt", "target", "label", "yearsExperience", "ratings"));
            int number = positive(r.get("number"), path + ".number");
            if (number <= last) {
                throw new Invalid(
                        path + ".number",
                        "Revision numbers must rise from one revision to the next (" + number + " follows " + last
                                + ").");
            }
            last = number;
            numbers.add(number);
            OffsetDateTime savedAt = time(r.get("savedAt"), path + ".savedAt");
            JsonNode targetNode = r.get("target");
            if (targetNode == null || !targetNode.isString()) {
                throw new Invalid(path + ".target", "Give the target level's identifier, such as \"staff\".");
            }
            Level target = model.ladder()
                    .bySlug(targetNode.stringValue())
                    .orElseThrow(() -> new Invalid(
                            path + ".target",
                            "There is no level called \"" + shorten(targetNode.stringValue()) + "\"."));
            String label = text(r.get("label"), path + ".label", Submission.LABEL_MAX);
            BigDecimal years = years(r.get("yearsExperience"), path + ".yearsExperience");
            JsonNode ratingsNode = r.get("ratings");
            if (ratingsNode == null || !ratingsNode.isObject()) {
                throw new Invalid(
                        path + ".ratings",
                        "Give the ratings as an object of dimension to step (or null for not sure).");
            }
            Map<Long, Integer> ratings = new LinkedHashMap<>();
            Set<Long> unsure = new LinkedHashSet<>();
            for (var e : ratingsNode.properties()) {
                String at = path + ".ratings." + shorten(e.getKey());
                Dimension d = dimension(model, e.getKey(), at);
                Integer step = step(e.getValue(), d, at);
                if (step == null) {
                    unsure.add(d.id());
                } else {
                    ratings.put(d.id(), step);
                }
            }
            revisions.add(new Revision(
                    0, number, target.id(), label, years, savedAt, Map.copyOf(ratings), Set.copyOf(unsure)));
        }

        Set<Long> ticks = new LinkedHashSet<>();
        if (root.has("ticks") && !root.get("ticks").isNull()) {
            JsonNode ticksNode = array(root, "ticks", "ticks", 1000);
            for (int i = 0; i < ticksNode.size(); i++) {
                JsonNode t = ticksNode.get(i);
                String at = "ticks[" + i + "]";
                if (!t.isString()) {
                    throw new Invalid(at, "A tick is a dimension's identifier, such as \"python\".");
                }
                ticks.add(dimension(model, t.stringValue(), at).id());
            }
        }

        List<Opinion> opinions = new ArrayList<>();
        if (root.has("mentorOpinions") && !root.get("mentorOpinions").isNull()) {
            JsonNode opinionsNode = array(root, "mentorOpinions", "mentorOpinions", MAX_OPINIONS);
            for (int i = 0; i < opinionsNode.size(); i++) {
                String path = "mentorOpinions[" + i + "]";
                JsonNode o = object(opinionsNode.get(i), path);
                only(o, path, Set.of("invitation", "mentor", "givenAt", "revision", "ratings"));
                int invitation = positive(o.get("invitation"), path + ".invitation");
                String mentor = text(o.get("mentor"), path + ".mentor", Mentors.NAME_MAX);
                OffsetDateTime givenAt = time(o.get("givenAt"), path + ".givenAt");
                int revision = positive(o.get("revision"), path + ".revision");
                if (!numbers.contains(revision)) {
                    throw new Invalid(path + ".revision", "There is no revision " + revision + " in this file.");
                }
                JsonNode ratingsNode = o.get("ratings");
                if (ratingsNode == null || !ratingsNode.isObject()) {
                    throw new Invalid(
                            path + ".ratings", "Give the mentor's answers as an object of dimension to answer.");
                }
                List<MentorAnswer> answers = new ArrayList<>();
                for (var e : ratingsNode.properties()) {
                    String at = path + ".ratings." + shorten(e.getKey());
                    Dimension d = dimension(model, e.getKey(), at);
                    JsonNode answer = object(e.getValue(), at);
                    only(answer, at, Set.of("rating", "comment"));
                    Integer step = step(answer.get("rating"), d, at + ".rating");
                    String comment = text(answer.get("comment"), at + ".comment", MentorSubmission.COMMENT_MAX);
                    answers.add(new MentorAnswer(d.id(), step, comment));
                }
                opinions.add(new Opinion(invitation, mentor, givenAt, revision, List.copyOf(answers)));
            }
        }
        return new Contents(List.copyOf(revisions), Set.copyOf(ticks), List.copyOf(opinions));
    }

    private static void only(JsonNode node, String path, Set<String> allowed) throws Invalid {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new Invalid(
                        ("$".equals(path) ? "" : path + ".") + shorten(name),
                        "This field is not part of version " + VERSION + " of the format.");
            }
        }
    }

    private static JsonNode object(JsonNode node, String path) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid(path, "Expected an object here.");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String name, String path, int max) throws Invalid {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw new Invalid(path, "Expected a list here.");
        }
        if (node.size() > max) {
            throw new Invalid(path, "At most " + max + " entries can be imported (the file has " + node.size() + ").");
        }
        return node;
    }

    private static int positive(JsonNode node, String path) throws Invalid {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new Invalid(path, "Expected a whole number from 1 up.");
        }
        return node.intValue();
    }

    private static OffsetDateTime time(JsonNode node, String path) throws Invalid {
        if (node == null || !node.isString()) {
            throw new Invalid(path, "Expected a date and time such as \"2026-11-23T09:30:00Z\".");
        }
        try {
            return OffsetDateTime.parse(node.stringValue()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Invalid(
                    path,
                    "\"" + shorten(node.stringValue()) + "\" is not a date and time such as \"2026-11-23T09:30:00Z\".");
        }
    }

    private static String text(JsonNode node, String path, int max) throws Invalid {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new Invalid(path, "Expected text or null.");
        }
        String value = node.stringValue().strip();
        if (value.indexOf('\0') >= 0) {
            throw new Invalid(path, "The text contains a character that cannot be stored (a NUL byte).");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new Invalid(path, "At most " + max + " characters (this has " + length + ").");
        }
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal years(JsonNode node, String path) throws Invalid {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new Invalid(path, "Expected a number of years from 0 to 60, or null.");
        }
        BigDecimal years = node.decimalValue().stripTrailingZeros();
        if (years.signum() < 0 || years.compareTo(BigDecimal.valueOf(60)) > 0 || years.scale() > 1) {
            throw new Invalid(
                    path,
                    "Years of experience run from 0 to 60 in steps of 0.1 (" + shorten(node.asString()) + " is not).");
        }
        return years;
    }

    private static Dimension dimension(CareerModel model, String slug, String path) throws Invalid {
        return model.bySlug(slug)
                .orElseThrow(() -> new Invalid(path, "There is no dimension called \"" + shorten(slug) + "\"."));
    }

    /** A step of the dimension's scale, or null for "not sure". */
    private static Integer step(JsonNode node, Dimension d, String path) throws Invalid {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()
                || !node.canConvertToInt()
                || node.intValue() < 0
                || node.intValue() > d.maxStep()) {
            throw new Invalid(
                    path,
                    "A rating of " + d.name() + " is a whole number from 0 to " + d.maxStep()
                            + ", or null for not sure (" + shorten(node.toString()) + " is not).");
        }
        return node.intValue();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace("\0", "");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
