package org.careerpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.careerpath.support.CsvReader;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesValuesThatNeedItAndEndsLinesWithCrLf() {
        String csv = Csv.write(
                List.of("text", "number"),
                List.of(List.of("plain", 1), List.of("a, b", 2), List.of("say \"hi\"", 3), List.of("two\nlines", 4)));

        assertThat(csv)
                .isEqualTo("text,number\r\nplain,1\r\n\"a, b\",2\r\n\"say \"\"hi\"\"\",3\r\n\"two\nlines\",4\r\n");
        assertThat(CsvReader.parse(csv))
                .containsExactly(
                        List.of("text", "number"),
                        List.of("plain", "1"),
                        List.of("a, b", "2"),
                        List.of("say \"hi\"", "3"),
                        List.of("two\nlines", "4"));
    }

    @Test
    void disarmsCellsThatASpreadsheetWouldRunAsFormulas() {
        String csv = Csv.write(
                List.of("value"),
                List.of(
                        List.of("=SUM(A1)"),
                        List.of("+1+1"),
                        List.of("@cmd"),
                        List.of("-12.5"),
                        List.of(new BigDecimal("-3"))));

        assertThat(CsvReader.parse(csv).stream().skip(1).map(row -> row.get(0)))
                .containsExactly("'=SUM(A1)", "'+1+1", "'@cmd", "-12.5", "-3");
    }

    @Test
    void writesMissingValuesAsEmptyCells() {
        String csv = Csv.write(List.of("a", "b"), List.of(Arrays.asList(null, "x")));

        assertThat(csv).isEqualTo("a,b\r\n,x\r\n");
    }
}
