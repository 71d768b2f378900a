package org.careerpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.careerpath");

    /** A controller, or a view record declared inside one. */
    private static final DescribedPredicate<JavaClass> CONTROLLER_CODE = DescribedPredicate.describe(
            "controllers and their nested view records",
            c -> c.isAnnotatedWith(Controller.class)
                    || c.getEnclosingClass()
                            .map(outer -> outer.isAnnotatedWith(Controller.class))
                            .orElse(false));

    /**
     * Features' services, entities and views never depend on each other in a cycle. Controllers are where
     * a page composes several features (a guide shows skills, certifications and salaries), so the
     * dependencies they add are left out: they cannot create a cycle between the features' own code.
     */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.careerpath.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(CONTROLLER_CODE, DescribedPredicate.alwaysTrue())
                .check(classes);
    }

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
