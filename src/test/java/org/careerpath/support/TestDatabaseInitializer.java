package org.careerpath.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the test server before the context starts, so nothing embedded starts inside it. */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "careerpath_test";

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Server server = TestDatabase.server();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "careerpathTestDatabase",
                        Map.of(
                                "spring.datasource.url", url(),
                                "spring.datasource.username", server.username(),
                                "spring.datasource.password", server.password())));
    }

    private static synchronized String url() {
        if (url == null) {
            url = TestDatabase.createDatabase(DATABASE);
        }
        return url;
    }
}
