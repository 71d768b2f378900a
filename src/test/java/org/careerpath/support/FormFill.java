package org.careerpath.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** A page's form filled as a person would: the first choice of each field, as sent over real HTTP. */
public final class FormFill {

    private FormFill() {}

    /** Each field's value (first option of a select, the given value of an input), checkboxes left out. */
    public static Map<String, String> firstChoices(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (var field : form.select("input[name], select[name], textarea[name]")) {
            String value = field.is("select")
                    ? field.select("option[value]").stream()
                            .map(o -> o.attr("value"))
                            .filter(v -> !v.isEmpty())
                            .findFirst()
                            .orElse("")
                    : field.is("textarea") ? "a note" : field.attr("value");
            if (!field.is("input[type=checkbox]")) {
                fields.putIfAbsent(field.attr("name"), value);
            }
        }
        return fields;
    }

    /** The form's non-empty first choices as an urlencoded body. */
    public static String body(Element form) {
        StringBuilder body = new StringBuilder();
        firstChoices(form).forEach((name, value) -> {
            if (!value.isEmpty()) {
                body.append(body.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return body.toString();
    }
}
