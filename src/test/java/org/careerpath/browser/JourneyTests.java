package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerpath.support.Browser;
import org.careerpath.support.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a person does in the portal, in a real browser. */
class JourneyTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path downloads;

    // --- journey 1: home -> guide -> skill -> certification, by links only

    private void guideSkillCertification(WebDriver driver) {
        driver.get(url("/"));
        clickLink(driver, "Guides");
        assertThat(find(driver, "h1").getText()).isEqualTo("Career guides");
        clickLink(driver, "Senior ML Engineer");
        assertThat(find(driver, "h1").getText()).isEqualTo("Senior ML Engineer");
        clickLink(driver, "Data drift detection");
        assertThat(find(driver, "h1").getText()).isEqualTo("Data drift detection");
        clickLink(driver, "Databricks Certified Machine Learning Professional");
        assertThat(find(driver, "h1").getText()).isEqualTo("Databricks Certified Machine Learning Professional");
        assertThat(find(driver, ".facts").getText()).contains("Databricks", "$200");
    }

    @Test
    void journey1FromHomeToAGuideASkillAndACertification() {
        guideSkillCertification(browser());
    }

    // --- journey 2: ladder -> level -> compare Senior with Staff

    @Test
    void journey2FromTheLadderToALevelThenCompareSeniorWithStaff() {
        ChromeDriver driver = browser();
        driver.get(url("/"));
        clickLink(driver, "Career ladder");
        assertThat(findAll(driver, "section[aria-labelledby=ladder-individual-contributor] .rung h3"))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Junior ML Engineer",
                        "ML Engineer",
                        "Senior ML Engineer",
                        "Staff ML Engineer",
                        "Principal ML Engineer");
        find(driver, "#rung-senior h3 a").click();
        waiting(driver).until(d -> d.getCurrentUrl().endsWith("/levels/senior"));
        assertThat(find(driver, "#next").getText()).contains("To be ready for Staff ML Engineer");
        driver.get(url("/ladder"));
        clickLink(driver, "Compare two levels");
        new Select(find(driver, "#from")).selectByVisibleText("Senior ML Engineer");
        new Select(find(driver, "#to")).selectByVisibleText("Staff ML Engineer");
        find(driver, "form[aria-label='Choose levels to compare'] button").click();
        waiting(driver)
                .until(d -> d.getCurrentUrl().contains("from=senior")
                        && d.getCurrentUrl().contains("to=staff"));
        assertThat(find(driver, "h1").getText()).isEqualTo("Senior ML Engineer compared with Staff ML Engineer");
        assertThat(findAll(driver, "table.comparison tr.rises")).isNotEmpty();
    }

    // --- journey 3: salaries: filter, compare three levels, download CSV

    @Test
    void journey3FilterSalariesCompareThreeLevelsAndDownloadTheCsv() throws Exception {
        ChromeDriver driver = browser(Browser.Screen.DESKTOP, true, downloads);
        driver.get(url("/"));
        clickLink(driver, "Salaries");
        assertThat(findAll(driver, "section.salary-section[id^=level-]")).hasSize(8);
        new Select(find(driver, "#location")).selectByVisibleText("United Kingdom");
        new Select(find(driver, "#basis")).selectByValue("gross");
        find(driver, "form[aria-label='Filter salaries'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("location=GB"));
        List<WebElement> senior = findAll(driver, "#level-senior table.bands tbody tr");
        assertThat(senior)
                .isNotEmpty()
                .allMatch(r ->
                        "GB".equals(r.getAttribute("data-location")) && "gross".equals(r.getAttribute("data-basis")));
        // no source gives a gross salary for Staff anywhere: the section says so rather than disappearing
        assertThat(find(driver, "#level-staff .no-data").getText())
                .contains("No source gives pay for this level with these filters");

        driver.findElement(By.linkText("CSV")).click();
        Path csv = waitForDownload(downloads, ".csv");
        List<List<String>> parsed = CsvReader.parse(Files.readString(csv));
        List<String> header = parsed.get(0);
        List<List<String>> rows = parsed.subList(1, parsed.size());
        assertThat(rows)
                .isNotEmpty()
                .allMatch(r -> r.get(header.indexOf("location_asked")).equals("GB"));
        assertThat(rows).allMatch(r -> r.get(header.indexOf("pay_basis")).equals("Gross salary"));
        assertThat(rows)
                .anyMatch(r -> r.get(header.indexOf("location_code")).equals("GB")
                        && r.get(header.indexOf("fallback_to_wider_place")).equals("false"));

        clickLink(driver, "Compare levels side by side");
        for (WebElement box : findAll(driver, "input[name=levels]")) {
            boolean wanted = List.of("junior", "mle", "senior").contains(box.getAttribute("value"));
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
        find(driver, "form[aria-label='Choose levels'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("levels=junior"));
        assertThat(findAll(driver, ".compare-columns section")).hasSize(3);
        assertThat(findAll(driver, "table.steps tbody tr"))
                .hasSize(2)
                .allMatch(r -> r.getText().contains("Both from aijobs.net survey"));
    }

    // --- journey 4: the assessment with the keyboard only

    /** Tabs until the focused element matches, pressing at most {@code limit} times. */
    private static WebElement tabTo(WebDriver driver, java.util.function.Predicate<WebElement> wanted, int limit) {
        for (int i = 0; i < limit; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("could not reach the element with the Tab key");
    }

    /** Rates every skill with the keyboard: Tab into each radio group, Space to choose 0, arrows up to the value. */
    private void rateEverySkillWithKeyboard(WebDriver driver, int value) {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        List<String> skills = findAll(driver, "fieldset.rating").stream()
                .map(f -> f.getAttribute("id"))
                .toList();
        assertThat(skills)
                .hasSize(jdbc.sql("select count(*) from skill where retired_at is null")
                        .query(Integer.class)
                        .single());
        for (String fieldset : skills) {
            String name = "rating-" + fieldset.substring("field-rating-".length());
            WebElement radio = tabTo(driver, e -> name.equals(e.getAttribute("name")), 40);
            radio.sendKeys(Keys.SPACE);
            for (int i = 0; i < value; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
    }

    private String takeAssessmentWithKeyboard(WebDriver driver) {
        driver.get(url("/assessment"));
        rateEverySkillWithKeyboard(driver, 2);
        WebElement submit = tabTo(
                driver, e -> "button".equals(e.getTagName()) && e.getText().contains("See my results"), 20);
        submit.sendKeys(Keys.ENTER);
        waiting(driver).until(d -> d.getCurrentUrl().matches(".*/assessment/[A-Za-z0-9_-]{43}$"));
        return driver.getCurrentUrl();
    }

    private void tickWithKeyboard(WebDriver driver, int index) {
        String skill = findAll(driver, "#checklist li").get(index).getAttribute("id");
        WebElement button = find(driver, "#" + skill + " button");
        tabTo(driver, e -> e.equals(button), 400).sendKeys(Keys.ENTER);
        waiting(driver).until(d -> find(d, "#" + skill).getAttribute("class").contains("done"));
    }

    @Test
    void journey4TakeTheAssessmentWithTheKeyboardTickItemsAndUpdateAnAnswer() {
        ChromeDriver driver = browser();
        String link = takeAssessmentWithKeyboard(driver);
        assertThat(find(driver, "#level .estimates").getText()).contains("As an individual contributor you match");
        int gaps = findAll(driver, "#checklist li").size();
        assertThat(gaps).isGreaterThan(2);

        driver.executeScript("window.sameDocument = true;");
        tickWithKeyboard(driver, 0);
        tickWithKeyboard(driver, 1);
        // with scripts on, ticking does not reload the page
        assertThat(driver.executeScript("return window.sameDocument === true;")).isEqualTo(true);
        assertThat(find(driver, "#checklist .progress-text").getText()).isEqualTo("2 of " + gaps + " done");
        driver.navigate().refresh();
        assertThat(findAll(driver, "#checklist li.done")).hasSize(2);
        assertThat(find(driver, "#checklist .progress-text").getText()).isEqualTo("2 of " + gaps + " done");

        ChromeDriver fresh = browser();
        fresh.get(link);
        assertThat(findAll(fresh, "#checklist li.done")).hasSize(2);

        clickLink(fresh, "Update my answers");
        find(fresh, "input[name=rating-multiplying-others][value='4']").click();
        find(fresh, "form#assessment-form button[type=submit]").click();
        waiting(fresh).until(d -> d.getCurrentUrl().equals(link));
        assertThat(find(fresh, "#changes").getText()).contains("Multiplying others: 2 → 4");
        assertThat(find(fresh, "h1").getText()).startsWith("Your results");
    }

    // --- journey 5: a missing rating

    @Test
    void journey5AMissingRatingIsShownNextToTheSkillAndOtherAnswersAreKept() {
        ChromeDriver driver = browser();
        driver.get(url("/assessment"));
        for (WebElement fieldset : findAll(driver, "fieldset.rating")) {
            if (!fieldset.getAttribute("id").equals("field-rating-sql")) {
                fieldset.findElement(By.cssSelector("input[value='3']")).click();
            }
        }
        find(driver, "form#assessment-form button[type=submit]").click();
        waiting(driver).until(d -> !findAll(d, ".error-summary").isEmpty());
        String message =
                "Choose a rating for SQL and data modelling, or “Not sure”; or save a draft and come back to it.";
        assertThat(find(driver, "#field-rating-sql .field-error").getText()).isEqualTo(message);
        assertThat(find(driver, ".error-summary").getText()).contains(message);
        assertThat(find(driver, "input[name=rating-python][value='3']").isSelected())
                .isTrue();
        assertThat(findAll(driver, "input[type=radio]:checked"))
                .hasSize(findAll(driver, "fieldset.rating").size() - 1);
        assertThat(driver.getCurrentUrl()).endsWith("/assessment");
    }

    // --- journey 6: journeys 1 and 4 on a phone

    @Test
    void journey6OnAPhoneTheNavigationWorksAndNothingScrollsSideways() {
        ChromeDriver phone = browser(Browser.Screen.PHONE, true, null);
        phone.get(url("/"));
        assertThat(noHorizontalScroll(phone)).isTrue();
        assertThat(findAll(phone, "nav[aria-label=Main] a")).hasSize(5).allMatch(WebElement::isDisplayed);
        guideSkillCertification(phone);
        assertThat(noHorizontalScroll(phone)).isTrue();

        takeAssessmentWithKeyboard(phone);
        assertThat(noHorizontalScroll(phone)).isTrue();
        tickWithKeyboard(phone, 0);
        assertThat(noHorizontalScroll(phone)).isTrue();
    }

    // --- journey 7: without JavaScript

    @Test
    void journey7WithoutJavaScriptEveryPageStillGivesItsContentAndForms() {
        ChromeDriver driver = browser(Browser.Screen.DESKTOP, false, null);
        guideSkillCertification(driver);

        driver.get(url("/salaries?location=US"));
        assertThat(findAll(driver, "svg.salary-chart")).isNotEmpty();
        assertThat(findAll(driver, "table.bands tbody tr")).isNotEmpty();
        driver.get(url("/careers/moves"));
        assertThat(findAll(driver, ".moves-list li[data-from]")).isNotEmpty();
        driver.get(url("/skills/matrix"));
        assertThat(findAll(driver, "table.matrix td.cell")).isNotEmpty();

        driver.get(url("/certifications"));
        new Select(find(driver, "#status")).selectByValue("retired");
        find(driver, "form[aria-label='Filter certifications'] button").click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("status=retired"));
        assertThat(findAll(driver, "tbody .status")).allMatch(s -> s.getText().equals("Retired"));

        driver.get(url("/assessment"));
        for (WebElement fieldset : findAll(driver, "fieldset.rating")) {
            fieldset.findElement(By.cssSelector("input[value='2']")).click();
        }
        find(driver, "form#assessment-form button[type=submit]").click();
        waiting(driver).until(d -> d.getCurrentUrl().matches(".*/assessment/[A-Za-z0-9_-]{43}$"));
        find(driver, "#checklist li button").click();
        waiting(driver).until(d -> !findAll(d, "#checklist li.done").isEmpty());
        assertThat(findAll(driver, "#checklist li.done")).hasSize(1);
    }
}
