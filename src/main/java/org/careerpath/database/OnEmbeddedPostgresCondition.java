package org.careerpath.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no datasource URL is configured and the embedded server has not been switched off. */
class OnEmbeddedPostgresCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String reason = notWantedBecause(context.getEnvironment());
        return reason != null
                ? ConditionOutcome.noMatch(reason)
                : ConditionOutcome.match("no datasource URL configured; starting embedded PostgreSQL");
    }

    /** Whether the portal runs on its embedded server with these settings. */
    static boolean wanted(Environment environment) {
        return notWantedBecause(environment) == null;
    }

    private static String notWantedBecause(Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return "spring.datasource.url is set; using that server";
        }
        if (!environment.getProperty("careerpath.embedded-postgres.enabled", Boolean.class, true)) {
            return "careerpath.embedded-postgres.enabled is false";
        }
        return null;
    }
}
