package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

    /** An assessment to show, made through the form like any other. */
    private String assessmentToken() {
        var request = mvc.post().uri("/assessment").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        request.param("target", "senior");
        jdbc.sql("select slug from skill where retired_at is null")
                .query(String.class)
                .list()
                .forEach(s -> request.param("rating-" + s, "2"));
        String location = request.exchange().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private Map<String, String> pageTypes() {
        String token = assessmentToken();
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
        pages.put("assessment-form", "/assessment");
        pages.put("assessment-result", "/assessment/" + token);
        pages.put("assessment-report", "/assessment/" + token + "/report");
        pages.put("checklist", "/checklists/senior");
        pages.put("search", "/search?q=drift");
        pages.put("sources", "/sources");
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
