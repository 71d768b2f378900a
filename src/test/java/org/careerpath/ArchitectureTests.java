package org.careerpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

/** House rules the module check does not cover (cycles and module boundaries are checked in ModularityTests). */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.careerpath");

    @Test
    void servicesDependOnNoOtherFeaturesControllers() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Controller.class)
                .check(classes);
    }

    @Test
    void entitiesRepositoriesAndControllersStayInsideTheirFeature() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .or()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(classes);
    }
}
