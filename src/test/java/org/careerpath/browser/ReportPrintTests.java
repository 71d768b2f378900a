package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The printable report, printed by the browser to A4: one sheet for an assessment as people take it. */
class ReportPrintTests extends BrowserTestSupport {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private String post(String uri, Map<String, String> form) {
        var request = mvc.post().uri(uri).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request.exchange().getResponse().getRedirectedUrl();
    }

    @Test
    void aSeniorAimingAtStaffWithAMentorsViewPrintsOnOneSheet() throws Exception {
        // rated as the Senior level expects, aiming at Staff: every impact dimension is a gap
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("target", "staff");
        form.put("label", "before my promotion review");
        jdbc.sql("""
                        select s.slug, e.proficiency from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id where l.slug = 'senior' and s.retired_at is null
                        """)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> form.put(
                        "rating-" + e.getKey(), Integer.toString(Math.max(0, e.getValue() - (n(e.getKey()) ? 1 : 0)))));
        String owner = post("/assessment", form).substring("/assessment/".length());
        String invitations = post("/assessment/" + owner + "/invitations", Map.of("mentor", "Sam"));
        String link = org.jsoup.Jsoup.parse(
                        org.careerpath.support.Http.get(port, invitations.substring(0, invitations.indexOf('#')))
                                .body())
                .selectFirst("input.invitation-link")
                .val();
        post(
                link.substring(link.indexOf("/assessment/invited/")),
                Map.of(
                        "rating-python",
                        "1",
                        "comment-python",
                        "Typing and packaging next.",
                        "rating-scope-of-work",
                        "1",
                        "rating-sql",
                        "4"));

        ChromeDriver driver = browser();
        driver.get(url("/assessment/" + owner + "/report"));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageSize(PageSize.ISO_A4);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("assessment-report.pdf"), pdf);

        long pages = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results()
                .count();
        assertThat(pages).as("pages of the printed report").isEqualTo(1);
    }

    /** A few technical skills a step short as well, as most real answers are. */
    private static boolean n(String slug) {
        return slug.equals("python") || slug.equals("sql") || slug.equals("drift-detection");
    }
}
