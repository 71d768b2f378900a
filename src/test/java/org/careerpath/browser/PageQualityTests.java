package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.support.Browser;
import org.careerpath.support.HtmlValidator;
import org.careerpath.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every page type: no serious or critical accessibility violation, valid HTML, screenshots for review. */
class PageQualityTests extends BrowserTestSupport {

    /** Moderate axe findings we accept, with the reason. Empty: every moderate finding must be fixed. */
    static final Map<String, String> ACCEPTED_MODERATE = Map.of();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private String post(String uri, Map<String, String> form) {
        var request = mvc.post().uri(uri).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request.exchange().getResponse().getRedirectedUrl();
    }

    private Map<String, String> ratings(String target, int rating) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("target", target);
        jdbc.sql("select slug from skill where retired_at is null")
                .query(String.class)
                .list()
                .forEach(s -> form.put("rating-" + s, Integer.toString(rating)));
        form.put("rating-python", "unsure");
        return form;
    }

    /**
     * An assessment to show, made through the forms like any other: two revisions, a "not sure", and a
     * mentor's opinion. Returns the links to its pages.
     */
    private Map<String, String> assessmentPages() {
        String location = post("/assessment", ratings("senior", 2));
        String owner = location.substring(location.lastIndexOf('/') + 1);
        post("/assessment/" + owner + "/edit", ratings("staff", 3));
        String invitations = post("/assessment/" + owner + "/invitations", Map.of("mentor", "Sam"));
        String mentor = org.jsoup.Jsoup.parse(Http.get(port, invitations.substring(0, invitations.indexOf('#')))
                        .body())
                .selectFirst("input.invitation-link")
                .val();
        mentor = mentor.substring(mentor.indexOf("/assessment/invited/"));
        post(mentor, Map.of("rating-sql", "1", "comment-sql", "Needs window functions.", "rating-scope-of-work", "3"));
        Map<String, String> draftForm = ratings("senior", 2);
        draftForm.put("action", "draft");
        String draft = post("/assessment", draftForm);
        String shared = org.jsoup.Jsoup.parse(
                        Http.get(port, "/assessment/" + owner).body())
                .selectFirst("#share-link")
                .val();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("assessment-result", "/assessment/" + owner);
        pages.put("assessment-report", "/assessment/" + owner + "/report");
        pages.put("assessment-history", "/assessment/" + owner + "/history");
        pages.put("assessment-invitations", "/assessment/" + owner + "/invitations");
        pages.put("assessment-delete", "/assessment/" + owner + "/delete");
        pages.put("assessment-shared", shared.substring(shared.indexOf("/assessment/shared/")));
        pages.put("assessment-mentor", mentor);
        pages.put("assessment-draft", draft);
        pages.put("assessment-import", "/assessment/import");
        pages.put("assessment-export-format", "/assessment/export-format");
        return pages;
    }

    private Map<String, String> pageTypes() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("guides", "/guides");
        pages.put("guide", "/guides/senior-ml-engineer");
        pages.put("skills", "/skills");
        pages.put("skill", "/skills/drift-detection");
        pages.put("certifications", "/certifications");
        pages.put("certification", "/certifications/azure-ai-engineer-associate");
        pages.put("ladder", "/ladder");
        pages.put("level", "/levels/senior");
        pages.put("level-compare", "/levels/compare?from=senior&to=staff");
        pages.put("matrix", "/skills/matrix");
        pages.put("moves", "/careers/moves");
        pages.put("salaries", "/salaries");
        pages.put("salary-compare", "/salaries/compare?levels=junior,mle,senior");
        pages.put("salaries-gb", "/salaries?location=GB");
        pages.put("salaries-sf", "/salaries?location=US-CA-SF");
        pages.put("assessment-form", "/assessment");
        pages.putAll(assessmentPages());
        pages.put("checklist", "/checklists/senior");
        pages.put("search", "/search?q=drift");
        pages.put("sources", "/sources");
        pages.put("api", "/api");
        pages.put("api-reference", "/api/reference");
        pages.put("sign-in", "/sign-in");
        pages.put("not-found", "/no-such-page");
        return pages;
    }

    @Test
    void everyPageTypeHasNoSeriousAccessibilityViolations() throws Exception {
        ChromeDriver driver = browser();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (var page : pageTypes().entrySet()) {
            driver.get(url(page.getValue()));
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                String impact = violation.getImpact();
                boolean blocking = "serious".equals(impact)
                        || "critical".equals(impact)
                        || ("moderate".equals(impact) && !ACCEPTED_MODERATE.containsKey(violation.getId()));
                if (blocking) {
                    problems.computeIfAbsent(page.getKey(), k -> new java.util.ArrayList<>())
                            .add(impact + " " + violation.getId() + ": " + violation.getHelp() + " at "
                                    + violation.getNodes().stream()
                                            .limit(3)
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .toList());
                }
            }
        }
        assertThat(problems).as("accessibility violations by page").isEmpty();
    }

    @Test
    void everyPageTypeIsValidHtml() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (var page : pageTypes().entrySet()) {
            List<String> found =
                    HtmlValidator.errors(Http.get(port, page.getValue()).body());
            if (!found.isEmpty()) {
                errors.put(page.getKey(), found);
            }
        }
        assertThat(errors).as("Nu Html Checker errors by page").isEmpty();
    }

    @Test
    void screenshotsOfEveryPageTypeAtDesktopAndPhoneWidths() throws Exception {
        Map<String, String> pages = pageTypes();
        for (Browser.Screen screen : Browser.Screen.values()) {
            ChromeDriver driver = browser(screen, true, null);
            for (var page : pages.entrySet()) {
                driver.get(url(page.getValue()));
                String name = page.getKey() + "-" + screen.name().toLowerCase();
                screenshot(driver, name);
                assertThat(SCREENSHOTS.resolve(name + ".png")).isNotEmptyFile();
                if (screen == Browser.Screen.PHONE) {
                    assertThat(noHorizontalScroll(driver))
                            .as("%s scrolls sideways on a phone", page.getKey())
                            .isTrue();
                }
            }
        }
    }
}
