package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How a family of survey titles at one experience level maps onto a portal level. */
@Entity
@Table(name = "survey_level_map")
@IdClass(SurveyMappingRow.Key.class)
final class SurveyMappingRow {

    record Key(String family, String experienceLevel) implements Serializable {}

    @Id
    private String family;

    @Id
    private String experienceLevel;

    private Long levelId;

    protected SurveyMappingRow() {}

    String getFamily() {
        return family;
    }

    String getExperienceLevel() {
        return experienceLevel;
    }

    Long getLevelId() {
        return levelId;
    }
}
