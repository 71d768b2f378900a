package org.careerpath.search;

import java.util.ArrayList;
import java.util.List;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.certifications.CertificationFilter;
import org.careerpath.guides.Guide;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.GuideEntry;
import org.careerpath.guides.Role;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.ContentVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the search index from the published APIs of the content modules. The whole index is small (a few
 * hundred documents), so it is rebuilt as a whole, in one transaction, under an advisory lock so that two
 * instances starting together do not interleave. It is rebuilt only when the content version differs from
 * the one it was built from: at start (a restart with unchanged content skips it) and whenever the version
 * changes.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** Serialises rebuilds across instances: any fixed number, used only here. */
    private static final long LOCK = 0x5EA2C4L;

    private final JdbcClient jdbc;
    private final GuideCatalogue guides;
    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;

    private final ContentVersion version;
    private final TransactionTemplate transaction;

    SearchIndex(
            JdbcClient jdbc,
            GuideCatalogue guides,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            ContentVersion version,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.guides = guides;
        this.skills = skills;
        this.certifications = certifications;
        this.version = version;
        // its own transaction, also when the change is noticed inside another (read-only) one
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        version.onChange(v -> {
            try {
                update();
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the search index for content version {}; the next change retries", v, e);
            }
        });
    }

    /** Rebuilds the index if the content changed since it was built (by this instance or another). */
    @EventListener(ApplicationReadyEvent.class)
    public void update() {
        transaction.executeWithoutResult(status -> {
            long current = version.current();
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
            long built = jdbc.sql("select content_version from search_index_state where id = 1")
                    .query(Long.class)
                    .single();
            if (built != current) {
                rebuild(current);
            }
        });
    }

    private void rebuild(long current) {
        List<SearchDocument> documents = documents();
        jdbc.sql("delete from search_document").update();
        for (SearchDocument d : documents) {
            jdbc.sql("""
                            insert into search_document (kind, title, url, body, boost, document)
                            values (:kind, :title, :url, :body, :boost,
                                    setweight(to_tsvector('english', :title), 'A')
                                    || setweight(to_tsvector('english', :body), 'B'))
                            """)
                    .param("kind", d.kind())
                    .param("title", d.title())
                    .param("url", d.url())
                    .param("body", d.body())
                    .param("boost", d.boost())
                    .update();
        }
        jdbc.sql("update search_index_state set content_version = ? where id = 1")
                .param(current)
                .update();
        log.info("Search index rebuilt for content version {}: {} documents", current, documents.size());
    }

    List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        for (Role role : guides.load().roles()) {
            documents.add(new SearchDocument("Role", role.title(), "/guides/" + role.slug(), role.summary(), 1.2));
            guides.guide(role.slug()).ifPresent(guide -> addGuide(documents, guide));
        }
        for (Dimension skill : skills.load().dimensions()) {
            documents.add(new SearchDocument(
                    skill.technical() ? "Skill" : "Dimension",
                    skill.name(),
                    "/skills/" + skill.slug(),
                    String.join(" ", skill.description(), skill.whyItMatters()),
                    1.2));
        }
        for (Certification c : certifications.load().list(CertificationFilter.none())) {
            documents.add(new SearchDocument(
                    "Certification",
                    c.name() + (c.code() == null ? "" : " (" + c.code() + ")"),
                    "/certifications/" + c.slug(),
                    String.join(" ", c.provider(), c.summary(), c.examFormat()),
                    1.0));
        }
        return documents;
    }

    private static void addGuide(List<SearchDocument> documents, Guide guide) {
        Role role = guide.role();
        String base = "/guides/" + role.slug();
        if (guide.written()) {
            documents.add(new SearchDocument(
                    "Guide",
                    role.title() + " guide",
                    base + "#overview",
                    guide.overview() + " " + (guide.dayInWork() == null ? "" : guide.dayInWork()),
                    1.0));
        }
        section(documents, role, "responsibilities", "responsibilities", guide.responsibilities());
        section(
                documents,
                role,
                "tools",
                "tools",
                guide.toolsByCategory().values().stream().flatMap(List::stream).toList());
        section(
                documents,
                role,
                "interview preparation",
                "interview",
                guide.interview().stream().flatMap(g -> g.questions().stream()).toList());
        section(documents, role, "challenges", "challenges", guide.challenges());
        section(documents, role, "common skill gaps", "skill-gaps", guide.skillGaps());
        section(documents, role, "FAQ", "faq", guide.faq());
    }

    private static void section(
            List<SearchDocument> documents, Role role, String name, String anchor, List<GuideEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder();
        for (GuideEntry e : entries) {
            for (String part : new String[] {e.heading(), e.body(), e.detail(), e.category()}) {
                if (part != null) {
                    body.append(part).append(". ");
                }
            }
        }
        documents.add(new SearchDocument(
                "Guide section",
                role.title() + ": " + name,
                "/guides/" + role.slug() + "#" + anchor,
                body.toString().strip(),
                0.8));
    }
}
