package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.Browser;
import org.careerpath.support.Editors;
import org.careerpath.support.HtmlValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin keeps a certification true, in a real browser: sign in, change its status, preview, publish,
 * see it on the public page, find it in the audit log, sign out. The editors' screens pass the same
 * accessibility and HTML checks as the public pages.
 */
class EditorJourneyTests extends BrowserTestSupport {

    private static final String PASSWORD = Editors.PASSWORD;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Editors editors;

    private Editors.TestCertification certification;
    private String admin;
    private String slug;
    private long id;

    @BeforeEach
    void anAdminAndACertification() {
        admin = editors.account("ADMIN");
        certification = editors.certification("Journey Certification");
        id = certification.id();
        slug = certification.slug();
    }

    @AfterEach
    void removeTheCertification() {
        editors.remove(certification);
    }

    private void signIn(WebDriver driver) {
        driver.get(url("/"));
        clickLink(driver, "Editors");
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/sign-in"));
        find(driver, "#email").sendKeys(admin);
        find(driver, "#password").sendKeys(PASSWORD);
        find(driver, "form[action='/sign-in'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    @Test
    void anAdminRetiresACertificationFromSignInToSignOut() {
        ChromeDriver driver = browser();
        signIn(driver);
        assertThat(find(driver, "h1").getText()).isEqualTo("Editors");

        find(driver, "main a[href='/admin/certifications']").click();
        find(driver, "a[aria-label='Edit Journey Certification']").click();
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/edit"));
        new Select(find(driver, "#status")).selectByValue("retiring");
        find(driver, "form[action$='/edit'] button").click();
        // a retiring certification needs its date: the message is next to the field, nothing was saved
        waiting(driver).until(d -> !findAll(d, "#statusDate-error").isEmpty());
        assertThat(find(driver, "#statusDate-error").getText()).contains("needs the date");
        find(driver, "#statusDate").sendKeys("2027-03-31");
        find(driver, "form[action$='/edit'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("/admin/certifications/drafts/"));
        assertThat(find(driver, "#changes").getText()).contains("status", "active", "retiring");

        find(driver, "#preview-link").click();
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/preview"));
        assertThat(find(driver, "#preview-banner").getText()).contains("Preview of a draft");
        assertThat(find(driver, "main").getText()).contains("31 March 2027");
        driver.navigate().back();

        find(driver, "#publish").click();
        waiting(driver).until(d -> !findAll(d, "#done").isEmpty());
        assertThat(find(driver, "#draft-status").getText()).isEqualTo("published");

        driver.get(url("/certifications/" + slug));
        assertThat(find(driver, "main").getText()).contains("31 March 2027");

        driver.get(url("/admin/audit"));
        assertThat(find(driver, "#audit").getText()).contains("published", admin, "retiring");

        driver.get(url("/admin"));
        find(driver, "form[action='/sign-out'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/sign-in?signed-out"));
        driver.get(url("/admin/audit"));
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/sign-in"));
    }

    @Test
    void theEditorsScreensAreAccessibleAndValid() {
        ChromeDriver driver = browser();
        signIn(driver);
        driver.get(url("/admin/certifications/" + id + "/edit"));
        find(driver, "form[action$='/edit'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("/admin/certifications/drafts/"));
        String draft = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/admin/"));
        List<String> screens = List.of(
                "/sign-in",
                "/admin",
                "/admin/accounts",
                "/admin/audit",
                "/admin/imports",
                "/admin/sources",
                "/admin/levels",
                "/admin/statements",
                "/admin/dimensions",
                "/admin/bands",
                "/admin/certifications",
                "/admin/certifications/new",
                "/admin/levels/new",
                "/admin/tracks/new",
                "/admin/dimensions/new",
                "/admin/advice/new",
                "/admin/certifications/" + id + "/edit",
                "/admin/certifications/" + id + "/delete",
                "/admin/levels/"
                        + jdbc.sql("select min(id) from career_level")
                                .query(Long.class)
                                .single() + "/delete",
                draft,
                draft + "/preview");
        List<String> problems = new ArrayList<>();
        for (String screen : screens) {
            driver.get(url(screen));
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                    problems.add(screen + ": " + violation.getId() + " " + violation.getHelp());
                }
            }
            List<String> html = HtmlValidator.errors(
                    source(screen, driver.manage().getCookieNamed("SESSION").getValue()));
            html.forEach(error -> problems.add(screen + ": " + error));
        }
        assertThat(problems).isEmpty();
    }

    /** Every editors' screen, on a 375 px phone, reads without scrolling sideways. */
    @Test
    void theEditorsScreensFitAPhone() {
        ChromeDriver phone = browser(Browser.Screen.PHONE, true, null);
        signIn(phone);
        List<String> screens = new ArrayList<>(List.of("/admin", "/admin/accounts", "/admin/audit", "/admin/imports"));
        for (String kind : List.of(
                "certifications",
                "sources",
                "tracks",
                "levels",
                "statements",
                "categories",
                "dimensions",
                "advice",
                "roles",
                "guides",
                "guide-entries",
                "moves",
                "bands")) {
            screens.add("/admin/" + kind);
        }
        screens.add("/admin/certifications/new");
        screens.add("/admin/levels/new");
        screens.add("/admin/tracks/new");
        screens.add("/admin/dimensions/new");
        screens.add("/admin/advice/new");
        screens.add("/admin/categories/new");
        screens.add("/admin/certifications/" + id + "/edit");
        screens.add("/admin/certifications/" + id + "/delete");
        screens.add("/admin/bands/"
                + jdbc.sql("select min(id) from salary_band").query(Long.class).single() + "/edit");
        for (String screen : screens) {
            phone.get(url(screen));
            assertThat(phone.getTitle()).as(screen).doesNotContain("not found");
            Object wide = phone.executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => !e.closest('.table-scroll'))"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                    + ".slice(0, 4).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + e.type + ' '"
                    + " + Math.round(e.getBoundingClientRect().right)).join(', ');");
            assertThat(noHorizontalScroll(phone))
                    .as("%s scrolls sideways on a phone (%s)", screen, wide)
                    .isTrue();
        }
    }

    /** The page as the server sent it (not the browser's DOM), fetched with the browser's session. */
    private String source(String path, String session) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                                    .header("Cookie", "SESSION=" + session)
                                    .header("Accept", "text/html")
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
