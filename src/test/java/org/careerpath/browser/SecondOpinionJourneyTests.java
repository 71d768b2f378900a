package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerpath.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An assessment taken into a one-to-one: the owner invites a mentor, the mentor rates in a browser of
 * their own, the owner sees both views; then the owner takes the data away as a file and brings it back.
 */
class SecondOpinionJourneyTests extends BrowserTestSupport {

    @TempDir
    Path downloads;

    @Test
    void theOwnerInvitesTheMentorRatesInASecondBrowserAndTheOwnerSeesBothViews() throws Exception {
        ChromeDriver owner = browser(Browser.Screen.DESKTOP, true, downloads);
        owner.get(url("/assessment"));
        for (WebElement fieldset : findAll(owner, "fieldset.rating")) {
            fieldset.findElement(By.cssSelector("input[value='3']")).click();
        }
        find(owner, "#field-rating-sql input[value='unsure']").click();
        find(owner, "form#assessment-form button[value=submit]").click();
        waiting(owner).until(d -> d.getCurrentUrl().matches(".*/assessment/[A-Za-z0-9_-]{43}$"));
        String results = owner.getCurrentUrl();
        assertThat(find(owner, "#unsure-note").getText()).contains("1 dimension was left “not sure”");

        clickLink(owner, "Ask for a second opinion");
        find(owner, "#mentor").sendKeys("Priya, my manager");
        find(owner, "#invite-form button").click();
        waiting(owner).until(d -> !findAll(d, ".invitation.created").isEmpty());
        // links carry the configured public address; the test server listens on a port of its own
        String invitation = onThisServer(
                find(owner, ".invitation.created input.invitation-link").getAttribute("value"));

        // the mentor, in a browser of their own, with no account
        ChromeDriver mentor = browser(Browser.Screen.PHONE, true, null);
        mentor.get(invitation);
        assertThat(find(mentor, "h1").getText()).isEqualTo("Give a second opinion");
        assertThat(findAll(mentor, "input[type=radio]:checked")).isEmpty();
        find(mentor, "#field-rating-python input[value='1']").click();
        find(mentor, "#comment-python").sendKeys("Ships working code; packaging and typing are next.");
        find(mentor, "#field-rating-scope-of-work input[value='3']").click();
        find(mentor, "#field-rating-sql input[value='2']").click();
        find(mentor, "#mentor-form button[type=submit]").click();
        waiting(mentor).until(d -> !findAll(d, "#sent").isEmpty());
        assertThat(noHorizontalScroll(mentor)).isTrue();

        // the owner sees both, the two-step difference marked
        owner.get(results);
        WebElement python = find(owner, "#mentors tr[data-dimension=python]");
        assertThat(python.getAttribute("class")).contains("marked");
        assertThat(python.getText()).contains("3", "1", "Ships working code; packaging and typing are next.");
        assertThat(find(owner, "#mentors h3").getText()).isEqualTo("Priya, my manager’s view");
        assertThat(find(owner, "#mentors tr[data-dimension=sql] .self").getText())
                .isEqualTo("not sure");

        // the read-only link shows the same to someone else, with nothing to change
        String shared = onThisServer(find(owner, "#share-link").getAttribute("value"));
        ChromeDriver viewer = browser();
        viewer.get(shared);
        assertThat(find(viewer, "#mentors tr[data-dimension=python]").getAttribute("class"))
                .contains("marked");
        assertThat(findAll(viewer, "form[method=post]")).isEmpty();

        // revoking the invitation closes the mentor's link
        owner.get(results + "/invitations");
        find(owner, ".invitation form button").click();
        waiting(owner).until(d -> !findAll(d, ".invitation.revoked").isEmpty());
        mentor.get(invitation);
        assertThat(find(mentor, "h1").getText()).containsIgnoringCase("not found");

        // the owner takes the data away and brings it back as a new assessment
        owner.get(results);
        owner.findElement(By.linkText("Export (JSON)")).click();
        Path file = waitForDownload(downloads, ".json");
        assertThat(Files.readString(file)).contains("\"format\" : \"careerpath-assessment\"");
        owner.get(url("/assessment/import"));
        find(owner, "#file").sendKeys(file.toAbsolutePath().toString());
        find(owner, "#import-form button").click();
        waiting(owner).until(d -> d.getCurrentUrl().matches(".*/assessment/[A-Za-z0-9_-]{43}$"));
        assertThat(owner.getCurrentUrl()).isNotEqualTo(results);
        assertThat(find(owner, "#mentors tr[data-dimension=python]").getText())
                .contains("Ships working code; packaging and typing are next.");
        assertThat(find(owner, "#unsure-note").getText()).contains("1 dimension was left “not sure”");
        List<String> estimates = findAll(owner, "#level .estimate").stream()
                .map(WebElement::getText)
                .toList();
        owner.get(results);
        assertThat(findAll(owner, "#level .estimate").stream()
                        .map(WebElement::getText)
                        .toList())
                .isEqualTo(estimates);
    }

    private String onThisServer(String link) {
        assertThat(link).startsWith("http://localhost:8080/assessment/");
        return url(URI.create(link).getRawPath());
    }
}
