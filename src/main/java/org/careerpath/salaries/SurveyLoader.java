package org.careerpath.salaries;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * alone. Runs before the application reports itself ready to take traffic.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveyLoader.class);

    private final SalaryImporter importer;
    private final Resource file;
    private final boolean enabled;

    SurveyLoader(
            SalaryImporter importer,
            @Value("${careerpath.survey.file:classpath:survey/aijobs-salaries-2025-01-19.csv.gz}") Resource file,
            @Value("${careerpath.survey.load-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.file = file;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (enabled && !args.containsOption(ImportSalariesCommand.OPTION)) {
            load();
        }
    }

    /** Loads the shipped survey unless it was loaded before; says which. */
    boolean load() throws IOException {
        if (!file.exists()) {
            log.warn("The survey file {} is missing: only published salary figures will be shown", file);
            return false;
        }
        long start = System.nanoTime();
        try (InputStream in = file.getInputStream()) {
            var result = importer.loadOnce(file.getFilename(), in, SalaryImporter.SOURCE);
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
