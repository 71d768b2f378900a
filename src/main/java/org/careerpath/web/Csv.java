package org.careerpath.web;

import java.util.List;

/** CSV for downloads: RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a formula. */
public final class Csv {

    private Csv() {}

    /** Appends one row. */
    public static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(values.get(i)));
        }
        csv.append("\r\n");
    }

    public static String quote(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
