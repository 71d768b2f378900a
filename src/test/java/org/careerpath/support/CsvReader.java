package org.careerpath.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** Reads the CSV downloads back, as a spreadsheet would, with the same CSV library the portal uses. */
public final class CsvReader {

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvReader() {}

    /** Every row, the header first, each as its list of fields. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it =
                CSV.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
