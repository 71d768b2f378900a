package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.careerpath.sources.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published salary band: what one source says about one level or occupation in one place. */
@Entity
@Table(name = "salary_band")
final class SalaryBandRow {

    @Id
    private Long id;

    private Long sourceId;
    private Long levelId;
    private String occupationCode;
    private String label;
    private String locationCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    private String period;
    private String payBasis;
    private String statistic;
    private BigDecimal p10;
    private BigDecimal p25;
    private BigDecimal median;
    private BigDecimal p75;
    private BigDecimal p90;
    private BigDecimal mean;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private BigDecimal amount;
    private Integer sampleSize;
    private Integer employment;
    private String note;

    protected SalaryBandRow() {}

    Long getSourceId() {
        return sourceId;
    }

    Long getLevelId() {
        return levelId;
    }

    BandView toView(Source source, String levelSlug, String levelName, SalaryLocation location) {
        return new BandView(
                id,
                source,
                levelId,
                levelSlug,
                levelName,
                occupationCode,
                label,
                location,
                source.year(),
                currency,
                period,
                payBasis,
                statistic,
                p10,
                p25,
                median,
                p75,
                p90,
                mean,
                minAmount,
                maxAmount,
                amount,
                sampleSize,
                employment,
                note,
                false,
                null);
    }

    String getLocationCode() {
        return locationCode;
    }
}
