package org.careerpath.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careerpath.support.FormFill;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile values in every public GET parameter and path variable and in every form field, over real HTTP
 * (so that broken encodings arrive as bytes): never a 5xx, and nothing stored. The addresses and parameters
 * come from the application's own handler mappings and from the forms and links of its pages, so a new
 * page or field cannot escape the suite. Bounded: one request per address, parameter or field and value.
 */
@PortalIntegrationTest
class HostileInputTests {

    /** Hostile values, percent-encoded as they go on the wire (the 100 KB one goes in bodies only). */
    private static final List<String> VALUES = List.of(
            "a%00b", // NUL
            "%C3%28", // invalid UTF-8
            "%FF%FE", // not UTF-8 at all
            "..%2F..%2F..%2Fetc%2Fpasswd", // traversal
            "%2E%2E%5C%2E%2E%5Cwindows", // traversal, the other way
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E");

    private static final String HUGE = "x".repeat(100_000);

    private static final List<String> TABLES = List.of(
            "assessment",
            "assessment_revision",
            "assessment_rating",
            "checklist_tick",
            "assessment_draft",
            "mentor_invitation",
            "mentor_opinion");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();
    private int requests;

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private RawHttp.Response get(String target) {
        requests++;
        RawHttp.Response response =
                RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html");
        if (response.status() >= 500) {
            failures.add(response.status() + " GET " + abbreviate(target));
        }
        return response;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Every GET address pattern of the portal, with the request parameters its handler declares. */
    private Map<String, Set<String>> getRoutes() {
        Map<String, Set<String>> routes = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                routes.computeIfAbsent(pattern, p -> new TreeSet<>()).addAll(declaredParameters(handler));
            }
        });
        return routes;
    }

    private static Set<String> declaredParameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (var parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !(param.name() + param.value()).isEmpty()) {
                names.add(param.name().isEmpty() ? param.value() : param.name());
            }
        }
        return names;
    }

    /** Parameter names the page itself uses: its GET forms' fields and the query keys of its links. */
    private static Set<String> pageParameters(Document page, String path) {
        Set<String> names = new TreeSet<>();
        page.select("form[method=get] [name]").forEach(field -> names.add(field.attr("name")));
        page.select("a[href^=" + path + "?]").forEach(link -> {
            String query = link.attr("href").substring(link.attr("href").indexOf('?') + 1);
            for (String pair : query.split("&")) {
                names.add(pair.split("=")[0]);
            }
        });
        return names;
    }

    @Test
    void noHostileValueInAnyAddressOrParameterGivesA5xxOrStoresAnything() {
        Map<String, Long> before = counts();
        Map<String, Set<String>> routes = getRoutes();
        assertThat(routes).containsKeys("/salaries", "/search", "/levels/{slug}", "/assessment/{token}");
        for (var route : routes.entrySet()) {
            String pattern = route.getKey();
            Set<String> parameters = new LinkedHashSet<>(route.getValue());
            if (!pattern.contains("{")) {
                RawHttp.Response page = get(pattern);
                if (page.status() == 200
                        && page.header("content-type") != null
                        && page.header("content-type").startsWith("text/html")) {
                    parameters.addAll(pageParameters(Jsoup.parse(page.body()), pattern));
                }
            }
            for (String value : VALUES) {
                String path = pattern.replaceAll("\\{[^}]+}", value);
                get(path);
                for (String name : parameters) {
                    get(pattern.replaceAll("\\{[^}]+}", "x") + "?" + name + "=" + value);
                    get(path + "?" + name + "=ok&" + name + "=" + value); // repeated
                }
            }
            for (String name : parameters) {
                get(pattern.replaceAll("\\{[^}]+}", "x") + "?" + name + "=" + "y".repeat(20_000)); // too long
            }
        }
        assertThat(failures).as("requests answered with a 5xx").isEmpty();
        assertThat(counts()).as("nothing stored by GETs").isEqualTo(before);
        assertThat(requests).as("bounded").isBetween(200, 5_000);
    }

    /** Posts a form as a browser would, with the CSRF cookie and token of the page that showed it. */
    private RawHttp.Response post(String action, String cookie, String body) {
        requests++;
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response response = RawHttp.send(
                port,
                "POST " + action + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: " + cookie
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length,
                bytes);
        if (response.status() >= 500) {
            failures.add(response.status() + " POST " + action + " " + abbreviate(body));
        }
        return response;
    }

    /** The fields of a form, filled as a person would (first choice of each), encoded. */
    private static Map<String, String> filled(org.jsoup.nodes.Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        FormFill.firstChoices(form)
                .forEach((name, value) -> fields.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(value));
        return body.toString();
    }

    @Test
    void noHostileValueInAnyFormFieldGivesA5xxOrStoresAnything() {
        // one real assessment, to reach the forms of its pages (edit, checklist, invitations, delete)
        RawHttp.Response formPage = get("/assessment");
        String cookie = formPage.header("set-cookie").split(";")[0];
        var assessmentForm = Jsoup.parse(formPage.body()).selectFirst("form[method=post][action=/assessment]");
        RawHttp.Response created = post("/assessment", cookie, encode(filled(assessmentForm)));
        String owner = created.header("location");
        assertThat(owner).startsWith("/assessment/");

        Map<String, Long> before = counts();
        Set<String> seen = new TreeSet<>();
        for (String page : List.of("/assessment", owner, owner + "/edit", owner + "/invitations", owner + "/delete")) {
            Document html = Jsoup.parse(get(page).body());
            for (var form : html.select("form[method=post]")) {
                String action = form.attr("action");
                if (action.endsWith("/delete") || action.endsWith("/import") || !seen.add(action)) {
                    continue; // deleting is allowed with any value; the import takes a file (AssessmentFileTests)
                }
                Map<String, String> fields = filled(form);
                for (String name : fields.keySet()) {
                    if (name.equals("_csrf")) {
                        continue;
                    }
                    for (String value : List.of("a%00b", "%C3%28", "%FF%FE", HUGE)) {
                        Map<String, String> hostile = new LinkedHashMap<>(fields);
                        hostile.put(name, value);
                        post(action, cookie, encode(hostile));
                    }
                    // the field twice
                    post(
                            action,
                            cookie,
                            encode(fields) + "&" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=again");
                }
            }
        }
        assertThat(seen).as("forms reached").hasSizeGreaterThanOrEqualTo(3);
        assertThat(failures).as("requests answered with a 5xx").isEmpty();
        assertThat(counts()).as("nothing stored by hostile forms").isEqualTo(before);
    }
}
