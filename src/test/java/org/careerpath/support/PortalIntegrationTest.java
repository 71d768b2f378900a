package org.careerpath.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on real PostgreSQL (see {@link TestDatabase}), with MockMvc for page requests.
 * The application also listens on a random port, for what only a real server does (error pages,
 * compression). All tests that use it share one application context and one migrated database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "careerpath.embedded-postgres.enabled=false",
            // the entity mappings are checked against the migrated schema in every test run (not at each start)
            "spring.jpa.hibernate.ddl-auto=validate",
            // every test request comes from 127.0.0.1; the limits have their own test (MultiInstanceTests)
            "careerpath.rate-limits.enabled=false",
            // the survey is loaded before the tests start (production loads it in the background: SurveyLoadTests)
            "careerpath.start.background=false"
        })
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, StatementCounter.class, Editors.class})
public @interface PortalIntegrationTest {}
