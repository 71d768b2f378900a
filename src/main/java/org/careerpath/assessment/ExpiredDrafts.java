package org.careerpath.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes drafts 30 days after they were last saved ({@link Drafts#KEPT_FOR}), once an hour on every instance:
 * the delete is idempotent, so instances need no coordination. A scheduled job is made at start, so it holds
 * no more than one statement needs (the drafts' service and its repository are made when a visitor needs them).
 */
@Component
class ExpiredDrafts {

    private static final Logger log = LoggerFactory.getLogger(ExpiredDrafts.class);

    private final JdbcClient jdbc;

    ExpiredDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes expired drafts; their answers go with them (the foreign key cascades). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void delete() {
        int deleted = jdbc.sql("delete from assessment_draft where updated_at < ?")
                .param(AssessmentService.now().minus(Drafts.KEPT_FOR))
                .update();
        if (deleted > 0) {
            log.info(
                    "Deleted {} assessment drafts last saved more than {} days ago", deleted, Drafts.KEPT_FOR.toDays());
        }
    }
}
