package org.careerpath.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV downloads, written with Jackson's CSV dataformat: RFC 4180 quoting, CRLF line ends, a header row,
 * and no cell a spreadsheet would run as a formula.
 */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private Csv() {}

    /** The rows under a header, as text. Each row has one value per header column. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        header.forEach(schema::addColumn);
        Object[][] cells =
                rows.stream().map(row -> row.stream().map(Csv::cell).toArray()).toArray(Object[][]::new);
        return MAPPER.writer(schema.build()).writeValueAsString(cells);
    }

    /** A CSV attachment with the given file name. */
    public static ResponseEntity<String> download(String fileName, List<String> header, List<? extends List<?>> rows) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(write(header, rows));
    }

    /** Text cells that start like a formula get a leading apostrophe; numbers stay numbers. */
    static Object cell(Object value) {
        if (!(value instanceof CharSequence text)) {
            return value == null ? "" : value;
        }
        String s = text.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            return "'" + s;
        }
        return s;
    }
}
