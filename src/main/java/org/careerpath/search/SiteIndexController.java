package org.careerpath.search;

import java.util.ArrayList;
import java.util.List;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.certifications.CertificationFilter;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.PublicPage;
import org.careerpath.web.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** sitemap.xml and robots.txt, so search engines find every public page. */
@Controller
class SiteIndexController {

    private final PublicUrl publicUrl;

    private static final List<String> FIXED_PAGES = List.of(
            "/",
            "/guides",
            "/skills",
            "/skills/matrix",
            "/certifications",
            "/ladder",
            "/careers/moves",
            "/salaries",
            "/assessment",
            "/sources");

    private final GuideCatalogue guides;
    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final LevelCatalogue levels;

    SiteIndexController(
            GuideCatalogue guides,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            LevelCatalogue levels,
            PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.guides = guides;
        this.skills = skills;
        this.certifications = certifications;
        this.levels = levels;
    }

    /** Every public page, absolute. */
    List<String> pages() {
        List<String> paths = new ArrayList<>(FIXED_PAGES);
        guides.load().roles().forEach(role -> paths.add("/guides/" + role.slug()));
        List<Level> ladder = levels.ladder().levels();
        ladder.forEach(level -> paths.add("/levels/" + level.slug()));
        ladder.forEach(level -> paths.add("/checklists/" + level.slug()));
        skills.load().dimensions().forEach(s -> paths.add("/skills/" + s.slug()));
        certifications.load().list(CertificationFilter.none()).forEach(c -> paths.add("/certifications/" + c.slug()));
        return paths.stream().map(publicUrl::of).toList();
    }

    @PublicPage
    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages().forEach(url ->
                xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url)).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @PublicPage
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String base = publicUrl.base();
        String body = """
                User-agent: *
                Disallow: /assessment/
                Disallow: /search
                Sitemap: %s/sitemap.xml
                """.formatted(base);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
