package org.careerpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (one per feature package) depend on each other only through their published
 * APIs and without cycles, as Spring Modulith verifies; the module documentation is generated from the
 * same model into target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CareerPathApplication.class);

    @Test
    void modulesDependOnEachOthersPublishedApiOnlyAndFormNoCycle() {
        modules.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains(
                        "web",
                        "database",
                        "levels",
                        "skills",
                        "certifications",
                        "guides",
                        "salaries",
                        "assessment",
                        "pages",
                        "search");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();

        Path docs = Path.of("target/spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("all-docs.adoc")).exists();
        assertThat(Files.exists(docs.resolve("module-salaries.puml"))).isTrue();
    }
}
