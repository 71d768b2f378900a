package org.careerpath.assessment;

import org.careerpath.skills.SkillCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the assessment tests share: the portal through MockMvc, the database, and a client that fills forms. */
abstract class AssessmentTestSupport {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SkillCatalogue skills;

    AssessmentClient client;

    @BeforeEach
    void client() {
        client = new AssessmentClient(mvc, jdbc, skills.load());
    }
}
