package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.Dimension;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The results put first what defines the target, give the advice for the step the person actually faces,
 * and suggest only certifications still offered: checked on hand-made profiles against the stored content.
 */
@PortalIntegrationTest
class FocusAndAdviceTests extends AssessmentTestSupport {

    private int expected(String level, String slug) {
        return jdbc.sql("""
                        select e.proficiency from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id where l.slug = ? and s.slug = ?
                        """).param(level).param(slug).query(Integer.class).single();
    }

    private String kind(String slug) {
        return jdbc.sql("select kind from skill where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    /** Gap order: the defining ones first (those the target expects more of than the estimate), each group by size. */
    private static void assertDefiningFirstThenBySize(List<Element> gaps) {
        boolean seenOther = false;
        int lastSize = Integer.MAX_VALUE;
        for (Element gap : gaps) {
            boolean defining = Boolean.parseBoolean(gap.attr("data-defining"));
            int size = Integer.parseInt(gap.selectFirst(".gap-size").text().replace("gap of ", ""));
            if (!defining && !seenOther) {
                seenOther = true;
                lastSize = Integer.MAX_VALUE;
            }
            assertThat(defining && seenOther)
                    .as("a defining gap after a non-defining one")
                    .isFalse();
            assertThat(size).as("gaps by size within their group").isLessThanOrEqualTo(lastSize);
            lastSize = size;
        }
    }

    @Test
    void aSeniorAimingAtStaffGetsTheImpactDimensionsFirst() {
        // exactly Senior, except one technical skill that neither Senior nor Staff raises, left a step short
        String flat = client.model().dimensions().stream()
                .filter(Dimension::technical)
                .map(Dimension::slug)
                .filter(s -> expected("senior", s) == expected("staff", s)
                        && expected("mle", s) == expected("senior", s)
                        && expected("senior", s) > 0)
                .findFirst()
                .orElseThrow();
        String token = client.submit(client.answers("staff", "senior", Map.of(flat, expected("senior", flat) - 1)));

        Document page = Pages.page(mvc, "/assessment/" + token);

        assertThat(page.select("#level .estimate[data-track=individual-contributor] strong")
                        .text())
                .isEqualTo("Senior ML Engineer");
        List<Element> gaps = page.select("#gaps li.gap");
        assertDefiningFirstThenBySize(gaps);
        // every gap that defines the step is one Staff expects more of than Senior, and the others are not
        for (Element gap : gaps) {
            String slug = gap.attr("data-dimension");
            assertThat(Boolean.parseBoolean(gap.attr("data-defining")))
                    .as(slug)
                    .isEqualTo(expected("staff", slug) > expected("senior", slug));
        }
        assertThat(gaps.get(gaps.size() - 1).attr("data-dimension")).isEqualTo(flat);
        List<String> focus = page.select("#focus li").eachAttr("data-dimension");
        assertThat(focus).hasSize(3);
        assertThat(focus).allSatisfy(slug -> assertThat(kind(slug)).as(slug).isEqualTo("impact"));
        assertThat(page.select("#focus li .reason").eachText())
                .allSatisfy(reason ->
                        assertThat(reason).contains("Staff ML Engineer expects more of this than Senior ML Engineer"));
    }

    @Test
    void onTheManagerTrackThePeopleDimensionsComeFirst() {
        // exactly Senior (where the manager track branches), aiming at engineering manager
        String manager = client.model().ladder().tracks().stream()
                .filter(t -> !t.levels().get(0).individualContributor())
                .findFirst()
                .orElseThrow()
                .levels()
                .get(0)
                .slug();
        String token = client.submit(client.answers(manager, "senior", Map.of()));

        Document page = Pages.page(mvc, "/assessment/" + token);

        List<Element> gaps = page.select("#gaps li.gap");
        assertThat(gaps).isNotEmpty();
        assertDefiningFirstThenBySize(gaps);
        List<String> focus = page.select("#focus li").eachAttr("data-dimension");
        assertThat(focus)
                .hasSize(3)
                .allSatisfy(slug -> assertThat(kind(slug)).as(slug).isEqualTo("people"));
        // every people dimension short of the target is among the defining gaps
        assertThat(gaps.stream()
                        .filter(g -> kind(g.attr("data-dimension")).equals("people"))
                        .allMatch(g -> Boolean.parseBoolean(g.attr("data-defining"))))
                .isTrue();
    }

    @Test
    void theAdviceShownIsForTheStepThePersonFacesNotTheTarget() {
        // two steps short on one impact dimension: the next step is one up from the rating, not the target's
        String slug = "scope-of-work";
        int target = expected("staff", slug);
        int rating = target - 2;
        String token = client.submit(client.answers("staff", "senior", Map.of(slug, rating)));

        Element gap = Pages.page(mvc, "/assessment/" + token).selectFirst("#gaps li.gap[data-dimension=" + slug + "]");

        record Advice(String work, String artefact, String evidence) {}
        Advice faced =
                jdbc.sql("""
                        select a.work, a.artefact, a.evidence from skill_step_advice a join skill s on s.id = a.skill_id
                        where s.slug = ? and a.step = ?
                        """).param(slug).param(rating + 1).query(Advice.class).single();
        Advice atTarget =
                jdbc.sql("""
                        select a.work, a.artefact, a.evidence from skill_step_advice a join skill s on s.id = a.skill_id
                        where s.slug = ? and a.step = ?
                        """).param(slug).param(target).query(Advice.class).single();
        assertThat(gap.select(".advice").text())
                .contains("Your next step, " + rating + " → " + (rating + 1))
                .contains(faced.work(), faced.artefact(), faced.evidence())
                .doesNotContain(atTarget.work());
    }

    @Test
    void retiredCertificationsAreNeverSuggestedOnlyNotedAsNoLongerOffered() {
        record Covered(String name, String slug) {}
        List<Covered> retired = jdbc.sql("""
                        select c.name, s.slug from certification c
                        join certification_skill cs on cs.certification_id = c.id join skill s on s.id = cs.skill_id
                        where c.status = 'retired' and s.retired_at is null
                        """).query(Covered.class).list();
        assertThat(retired)
                .as("the content has retired certifications to test with")
                .isNotEmpty();
        // every dimension a retired certification covers is a gap: rated 0 against Staff
        Map<String, Object> zeros = new HashMap<>();
        retired.forEach(c -> zeros.put(c.slug(), 0));
        String token = client.submit(client.answers("staff", "senior", zeros));

        Document page = Pages.page(mvc, "/assessment/" + token);

        assertThat(page.select(".no-longer-offered").text())
                .contains(retired.get(0).name());
        for (Covered c : retired) {
            Element gap = page.selectFirst("#gaps li.gap[data-dimension=" + c.slug() + "]");
            assertThat(gap).as(c.slug()).isNotNull();
            // the only mention is the "no longer offered" note
            gap.select(".no-longer-offered").remove();
            assertThat(gap.text()).as(c.slug()).doesNotContain(c.name());
        }
        // and what is suggested is only active or retiring
        List<String> suggested =
                page.select("#gaps .gap-body a[href^=/certifications/]").eachText();
        List<String> offered = jdbc.sql("select name from certification where status <> 'retired'")
                .query(String.class)
                .list();
        assertThat(offered).containsAll(suggested);
    }
}
