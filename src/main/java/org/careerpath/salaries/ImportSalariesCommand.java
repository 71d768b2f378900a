package org.careerpath.salaries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerpath.salaries.ObservationParser.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code --import-salaries=path/to/file.csv}: imports the file, prints what happened, and ends the
 * application (see CareerPathApplication, which starts no web server for this).
 */
@Component
class ImportSalariesCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "import-salaries";

    /** Rejected lines printed one by one; the rest are counted. */
    private static final int SHOWN_REJECTIONS = 50;

    private static final Logger log = LoggerFactory.getLogger(ImportSalariesCommand.class);

    /** Made only for the command: a runner is made at every start. */
    private final ObjectProvider<SalaryImporter> importer;

    private int exitCode;

    ImportSalariesCommand(ObjectProvider<SalaryImporter> importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getOptionValues(OPTION);
        if (files == null) {
            return;
        }
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isReadable(file)) {
                System.err.println("Cannot read " + file.toAbsolutePath() + ": no such file, or no permission.");
                exitCode = 2;
                continue;
            }
            long start = System.nanoTime();
            try {
                SalaryImporter.Result result = importer.getObject().importFile(file);
                List<Rejection> rejections = result.rejections();
                rejections.stream()
                        .limit(SHOWN_REJECTIONS)
                        .forEach(r -> System.out.println("line " + r.lineNumber() + ": " + r.reason()));
                if (rejections.size() > SHOWN_REJECTIONS) {
                    System.out.println("... and " + (rejections.size() - SHOWN_REJECTIONS) + " more rejected lines");
                }
                System.out.printf("%s Took %.1f s.%n", result.summary(), (System.nanoTime() - start) / 1_000_000_000.0);
            } catch (IllegalArgumentException e) {
                System.err.println("Cannot import " + file + ": " + e.getMessage());
                exitCode = 1;
            } catch (Exception e) {
                log.error("Import of {} failed", file, e);
                System.err.println("Import of " + file + " failed; nothing was changed: " + e.getMessage());
                exitCode = 1;
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
