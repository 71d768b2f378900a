package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A band CareerPath computed from raw survey responses (a row of the materialized view that PostgreSQL
 * fills with percentile_cont).
 */
@Entity
@Immutable
@Table(name = "salary_computed_band")
@IdClass(ComputedBandRow.Key.class)
class ComputedBandRow {

    record Key(Long sourceId, String experienceLevel, String employeeResidence, Short workYear)
            implements Serializable {}

    @Id
    private Long sourceId;

    @Id
    private String experienceLevel;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Id
    private String employeeResidence;

    @Id
    private Short workYear;

    private Long levelId;
    private Integer sampleSize;
    private Double p10;
    private Double p25;
    private Double median;
    private Double p75;
    private Double p90;

    protected ComputedBandRow() {}

    Long getSourceId() {
        return sourceId;
    }

    Long getLevelId() {
        return levelId;
    }

    String getExperienceLevel() {
        return experienceLevel;
    }

    String getEmployeeResidence() {
        return employeeResidence;
    }

    Short getWorkYear() {
        return workYear;
    }

    Integer getSampleSize() {
        return sampleSize;
    }

    Double getP10() {
        return p10;
    }

    Double getP25() {
        return p25;
    }

    Double getMedian() {
        return median;
    }

    Double getP75() {
        return p75;
    }

    Double getP90() {
        return p90;
    }
}
