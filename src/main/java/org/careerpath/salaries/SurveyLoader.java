package org.careerpath.salaries;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the public-domain aijobs.net survey shipped with the application (gzip-compressed, under data/ in
 * the repository and survey/ on the classpath) on the first start, with the same importer as the
 * command line. Its SHA-256 is recorded with the import, so later starts, and other instances, leave it
 * alone. The first start loads it in the background (see {@link #run}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyLoader.class);

    /** Made when the load runs (in the background, by default): a runner is made at every start. */
    private final ObjectProvider<SalaryImporter> importer;

    private final Resource file;
    private final boolean enabled;
    private final org.careerpath.web.StartWork startWork;

    SurveyLoader(
            ObjectProvider<SalaryImporter> importer,
            @Value("${careerpath.survey.file:classpath:survey/aijobs-salaries-2025-01-19.csv.gz}") Resource file,
            @Value("${careerpath.survey.load-on-start:true}") boolean enabled,
            org.careerpath.web.StartWork startWork) {
        this.importer = importer;
        this.file = file;
        this.enabled = enabled;
        this.startWork = startWork;
    }

    /**
     * Loads the shipped survey at start. Only the very first start of a database has anything to load (about 4 s
     * on the benchmark's one core: parsing, COPY and the computed bands); by default that happens in the
     * background, so that the portal is ready at once and its salary pages show the published figures until the
     * survey's bands join them (the load bumps the content version, so every page is rendered afresh then).
     * Later starts only confirm that the file was loaded.
     */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || args.containsOption(ImportSalariesCommand.OPTION)) {
            return;
        }
        startWork.run("survey-load", this::load);
    }

    /** Loads the shipped survey unless it was loaded before; says which. */
    boolean load() throws IOException {
        if (!file.exists()) {
            log.warn("The survey file {} is missing: only published salary figures will be shown", file);
            return false;
        }
        long start = System.nanoTime();
        try (InputStream in = file.getInputStream()) {
            var result = importer.getObject().loadOnce(file.getFilename(), in, SalaryImporter.SOURCE);
            result.ifPresentOrElse(
                    r -> log.info(
                            "Loaded the salary survey: {} ({} ms)",
                            r.summary(),
                            (System.nanoTime() - start) / 1_000_000),
                    () -> log.debug(
                            "The salary survey {} was loaded before; not loading it again", file.getFilename()));
            return result.isPresent();
        }
    }
}
