package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers refer to dimensions that exist, kept by PostgreSQL without a per-row foreign key lock (V26): an
 * answer about an unknown dimension is refused, and so is deleting a dimension that answers refer to.
 */
@PortalIntegrationTest
class AnswerIntegrityTests {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheAssessment() {
        jdbc.sql("delete from assessment where owner_token_hash = sha256('integrity-owner'::bytea)")
                .update();
    }

    private long revision() {
        long assessment = jdbc.sql("""
                        insert into assessment (owner_token_hash, share_token_hash)
                        values (sha256('integrity-owner'::bytea), sha256('integrity-share'::bytea)) returning id
                        """).query(Long.class).single();
        return jdbc.sql("""
                        insert into assessment_revision (assessment_id, number, target_level_id, created_at)
                        values (?, 1, (select min(id) from career_level), now()) returning id
                        """).param(assessment).query(Long.class).single();
    }

    @Test
    void anAnswerAboutADimensionThatDoesNotExistIsRefused() {
        long revision = revision();
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_rating (revision_id, skill_id, rating)
                                select ?, s.id, 2 from skill s where s.id = (select min(id) from skill)
                                union all select ?, 987654321, 2
                                """).params(revision, revision).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("987654321");
        jdbc.sql("insert into assessment_rating (revision_id, skill_id, rating) select ?, min(id), 2 from skill")
                .param(revision)
                .update();
        assertThat(jdbc.sql("select count(*) from assessment_rating where revision_id = ?")
                        .param(revision)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDimensionThatAnswersReferToCannotBeDeleted() {
        long revision = revision();
        long skill = jdbc.sql("select max(id) from skill").query(Long.class).single();
        jdbc.sql("insert into assessment_rating (revision_id, skill_id, rating) values (?, ?, null)")
                .params(revision, skill)
                .update();
        assertThatThrownBy(() ->
                        jdbc.sql("delete from skill where id = ?").param(skill).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from skill where id = ?")
                        .param(skill)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
