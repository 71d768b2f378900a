package org.careerpath.salaries;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks rows of an aijobs.net salary CSV (read by Jackson's CSV dataformat). The header names the columns, so their order may
 * vary; every row must have them all. A row that fails a check is rejected with a reason a person can act
 * on.
 */
final class ObservationParser {

    static final List<String> COLUMNS = List.of(
            "work_year",
            "experience_level",
            "employment_type",
            "job_title",
            "salary",
            "salary_currency",
            "salary_in_usd",
            "employee_residence",
            "remote_ratio",
            "company_location",
            "company_size");

    /** Below this a full-time annual salary is a typo or a monthly figure; above it, a typo. */
    static final BigDecimal MIN_USD = BigDecimal.valueOf(1_000);

    static final BigDecimal MAX_USD = BigDecimal.valueOf(5_000_000);

    private static final Set<String> LEVELS = Set.of("EN", "MI", "SE", "EX");
    private static final Set<String> TYPES = Set.of("FT", "PT", "CT", "FL");
    private static final Set<String> SIZES = Set.of("S", "M", "L");
    private static final Set<Integer> REMOTE = Set.of(0, 50, 100);

    record Observation(
            int lineNumber,
            int workYear,
            String experienceLevel,
            String employmentType,
            String jobTitle,
            BigDecimal salaryUsd,
            String employeeResidence,
            int remoteRatio,
            String companyLocation,
            String companySize) {}

    record Rejection(int lineNumber, String reason) {}

    /** A parsed line: exactly one of the two is set. */
    record Parsed(Observation observation, Rejection rejection) {}

    private final Map<String, Integer> index;

    private ObservationParser(Map<String, Integer> index) {
        this.index = index;
    }

    /** Checks the header row; throws with the missing columns named if it is not an aijobs.net file. */
    static ObservationParser forHeader(List<String> header) {
        if (header == null) {
            throw new IllegalArgumentException("The file is empty.");
        }
        List<String> names = header.stream().map(name -> stripBom(name).strip()).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        List<String> missing =
                COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The header lacks the column(s) " + String.join(", ", missing)
                    + "; expected an aijobs.net salary file with " + String.join(",", COLUMNS) + ".");
        }
        return new ObservationParser(index);
    }

    Parsed parse(int lineNumber, List<String> fields) {
        if (fields.size() < COLUMNS.size()) {
            return reject(lineNumber, "short row: expected " + COLUMNS.size() + " fields, found " + fields.size());
        }
        if (fields.size() > index.size()) {
            return reject(lineNumber, "long row: expected " + index.size() + " fields, found " + fields.size());
        }
        String year = field(fields, "work_year");
        String level = field(fields, "experience_level");
        String type = field(fields, "employment_type");
        String title = field(fields, "job_title");
        String usd = field(fields, "salary_in_usd");
        String residence = field(fields, "employee_residence");
        String remote = field(fields, "remote_ratio");
        String company = field(fields, "company_location");
        String size = field(fields, "company_size");

        Integer workYear = integer(year);
        if (workYear == null || workYear < 2000 || workYear > Year.now().getValue() + 1) {
            return reject(lineNumber, "work_year '" + shorten(year) + "' is not a year between 2000 and next year");
        }
        if (!LEVELS.contains(level)) {
            return reject(lineNumber, "unknown experience_level '" + shorten(level) + "' (expected EN, MI, SE or EX)");
        }
        if (!TYPES.contains(type)) {
            return reject(lineNumber, "unknown employment_type '" + shorten(type) + "' (expected FT, PT, CT or FL)");
        }
        if (title.isEmpty() || title.length() > 200) {
            return reject(lineNumber, "job_title is empty or longer than 200 characters");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(usd);
        } catch (NumberFormatException e) {
            return reject(lineNumber, "salary_in_usd '" + shorten(usd) + "' is not a number");
        }
        if (amount.signum() < 0) {
            return reject(lineNumber, "salary_in_usd " + usd + " is negative");
        }
        if (amount.compareTo(MIN_USD) < 0 || amount.compareTo(MAX_USD) > 0) {
            return reject(lineNumber, "salary_in_usd " + usd + " is outside the plausible range $1,000 to $5,000,000");
        }
        if (!residence.matches("[A-Z]{2}")) {
            return reject(
                    lineNumber, "employee_residence '" + shorten(residence) + "' is not a two-letter country code");
        }
        if (!company.matches("[A-Z]{2}")) {
            return reject(lineNumber, "company_location '" + shorten(company) + "' is not a two-letter country code");
        }
        Integer remoteRatio = integer(remote);
        if (remoteRatio == null || !REMOTE.contains(remoteRatio)) {
            return reject(lineNumber, "remote_ratio '" + shorten(remote) + "' is not 0, 50 or 100");
        }
        if (!SIZES.contains(size)) {
            return reject(lineNumber, "company_size '" + shorten(size) + "' is not S, M or L");
        }
        return new Parsed(
                new Observation(
                        lineNumber,
                        workYear,
                        level,
                        type,
                        title,
                        amount.setScale(2, java.math.RoundingMode.HALF_UP),
                        residence,
                        remoteRatio,
                        company,
                        size),
                null);
    }

    private String field(List<String> fields, String column) {
        return fields.get(index.get(column)).strip();
    }

    private static Parsed reject(int lineNumber, String reason) {
        return new Parsed(null, new Rejection(lineNumber, reason));
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
