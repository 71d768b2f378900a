package org.careerpath.search;

import java.util.ArrayList;
import java.util.List;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.certifications.CertificationFilter;
import org.careerpath.guides.Guide;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.GuideEntry;
import org.careerpath.guides.MoveBetween;
import org.careerpath.guides.Role;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.salaries.LevelPay;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.sources.Source;
import org.careerpath.sources.SourceCatalogue;
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
    private final SalaryCatalogue salaries;
    private final SourceCatalogue sources;

    private final ContentVersion version;
    private final TransactionTemplate transaction;
    private final org.careerpath.web.StartWork startWork;

    SearchIndex(
            JdbcClient jdbc,
            GuideCatalogue guides,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            SalaryCatalogue salaries,
            SourceCatalogue sources,
            ContentVersion version,
            TransactionTemplate transaction,
            org.careerpath.web.StartWork startWork) {
        this.jdbc = jdbc;
        this.guides = guides;
        this.skills = skills;
        this.certifications = certifications;
        this.salaries = salaries;
        this.sources = sources;
        this.version = version;
        this.startWork = startWork;
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

    /**
     * At start, brings the index up to date in the background when {@code careerpath.start.background} (the
     * default): only a first start or new content needs a rebuild (about 2 s on one core), and the portal is
     * ready meanwhile; searches answer from the index as it was until the rebuild commits.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void updateAtStart() {
        startWork.run("search-index", this::update);
    }

    /** Rebuilds the index if the content changed since it was built (by this instance or another). */
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
                            insert into search_document (kind, title, url, body, boost, document, title_document)
                            values (:kind, :title, :url, :body, :boost,
                                    setweight(to_tsvector('careerpath', :title), 'A')
                                    || setweight(to_tsvector('careerpath', :body), 'B'),
                                    to_tsvector('careerpath', :title))
                            """)
                    .param("kind", d.kind())
                    .param("title", d.title())
                    .param("url", d.url())
                    .param("body", d.body())
                    .param("boost", d.boost())
                    .update();
        }
        // the words of the titles, accents removed, for suggestions when a query finds nothing
        jdbc.sql("delete from search_term").update();
        jdbc.sql("""
                        insert into search_term (term)
                        select distinct w from search_document,
                               regexp_split_to_table(lower(unaccent(title)), '[^a-z0-9]+') as w
                        where length(w) between 3 and 100
                        on conflict do nothing
                        """).update();
        jdbc.sql("update search_index_state set content_version = ? where id = 1")
                .param(current)
                .update();
        log.info("Search index rebuilt for content version {}: {} documents", current, documents.size());
    }

    List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        CareerModel model = skills.load();
        addLadder(documents, model);
        for (Role role : guides.load().roles()) {
            documents.add(new SearchDocument("Role", role.title(), "/guides/" + role.slug(), role.summary(), 1.2));
            guides.guide(role.slug()).ifPresent(guide -> addGuide(documents, guide));
        }
        for (Dimension skill : model.dimensions()) {
            documents.add(new SearchDocument(
                    skill.technical() ? "Skill" : "Dimension",
                    skill.name(),
                    "/skills/" + skill.slug(),
                    String.join(" ", skill.description(), skill.whyItMatters(), skill.categoryName()),
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
        for (Source source : sources.load().all()) {
            documents.add(new SearchDocument(
                    "Source",
                    source.publisher() + ": " + source.title(),
                    "/sources#" + source.slug(),
                    join(source.author(), source.kindLabel(), source.yearText(), source.methodNote()),
                    0.9));
        }
        for (Level level : model.ladder().levels()) {
            if (level.retired()) {
                continue;
            }
            LevelPay pay = salaries.load().pay(level.id());
            StringBuilder body = new StringBuilder("Salary and pay of the ")
                    .append(level.shortName())
                    .append(" level in the United States: ");
            if (!pay.centralText().isEmpty()) {
                body.append(pay.centralText()).append(" (central figure). ");
            }
            if (!pay.rangeText().isEmpty()) {
                body.append("Across sources: ").append(pay.rangeText()).append(". ");
            }
            pay.sources().forEach(src -> body.append(src.citation()).append(". "));
            documents.add(new SearchDocument(
                    "Pay",
                    level.name() + ": salary and pay",
                    "/salaries#level-" + level.slug(),
                    body.toString().strip(),
                    1.0));
        }
        for (MoveBetween move : guides.load().moves()) {
            documents.add(new SearchDocument(
                    "Career move",
                    "From " + move.fromTitle() + " to " + move.toTitle(),
                    "/careers/moves#from-" + move.fromSlug(),
                    join(move.kindLabel(), move.note()),
                    0.8));
        }
        documents.add(new SearchDocument(
                "Methodology",
                "How the career model works: methodology of the self-assessment",
                "/methodology",
                "Three kinds of dimension: impact, technical skills and people management. Defining dimensions of"
                        + " each level, how the self-assessment estimates your level on each track, what is"
                        + " CareerPath's own judgement, and why Senior, Staff and Principal are not expert at"
                        + " everything.",
                1.0));
        return documents;
    }

    /** The ladder page: its tracks and levels, and how they line up with SFIA and the salary survey. */
    private static void addLadder(List<SearchDocument> documents, CareerModel model) {
        StringBuilder body = new StringBuilder(
                "The progression ladder: individual contributor (IC) and manager tracks, each level with its"
                        + " common name, SFIA 9 responsibility level, aijobs.net experience level and typical time"
                        + " in level. ");
        for (Track track : model.ladder().tracks()) {
            body.append(track.name()).append(": ").append(track.description()).append(' ');
            for (Level level : track.levels()) {
                body.append(level.name())
                        .append(" (SFIA level ")
                        .append(level.sfiaLevel())
                        .append("). ");
            }
        }
        documents.add(new SearchDocument(
                "Ladder",
                "The career ladder: IC and manager tracks",
                "/ladder",
                body.toString().strip(),
                1.3));
        for (Level level : model.ladder().levels()) {
            if (level.retired()) {
                continue;
            }
            StringBuilder text = new StringBuilder(join(
                    level.summary(),
                    level.focus(),
                    level.scopeOfImpact(),
                    level.commonName(),
                    level.keySkills(),
                    level.handsOn(),
                    "SFIA level " + level.sfiaLevel() + ".",
                    level.experience() + " of experience."));
            for (Expectation e : model.atLevel(level.id()).stream()
                    .flatMap(g -> g.expectations().stream())
                    .toList()) {
                text.append(' ').append(e.statement());
            }
            documents.add(new SearchDocument("Level", level.name(), "/levels/" + level.slug(), text.toString(), 1.3));
        }
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(part.strip()).append(part.strip().endsWith(".") ? " " : ". ");
            }
        }
        return text.toString().strip();
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
