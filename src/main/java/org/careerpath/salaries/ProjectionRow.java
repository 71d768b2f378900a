package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.careerpath.sources.Source;

/** A BLS employment projection for one occupation. */
@Entity
@Table(name = "employment_projection")
final class ProjectionRow {

    @Id
    private Long id;

    private Long sourceId;
    private String occupationCode;
    private String occupationName;
    private short baseYear;
    private short targetYear;
    private BigDecimal employmentBase;
    private BigDecimal employmentTarget;
    private BigDecimal change;
    private BigDecimal changePercent;
    private BigDecimal openingsPerYear;
    private BigDecimal medianWage;
    private short medianWageYear;
    private String entryEducation;
    private short position;

    protected ProjectionRow() {}

    Long getSourceId() {
        return sourceId;
    }

    short getPosition() {
        return position;
    }

    Projection toProjection(Source source) {
        return new Projection(
                source,
                occupationCode,
                occupationName,
                baseYear,
                targetYear,
                employmentBase,
                employmentTarget,
                change,
                changePercent,
                openingsPerYear,
                medianWage,
                medianWageYear,
                entryEducation);
    }
}
