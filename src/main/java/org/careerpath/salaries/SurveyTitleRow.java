package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A survey job title CareerPath counts as machine-learning engineering, in its family. */
@Entity
@Table(name = "survey_title")
final class SurveyTitleRow {

    @Id
    private String jobTitle;

    private String family;
    private short position;

    protected SurveyTitleRow() {}

    String getJobTitle() {
        return jobTitle;
    }

    String getFamily() {
        return family;
    }

    short getPosition() {
        return position;
    }
}
