package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "role_guide")
final class RoleGuideRow {

    @Id
    private Long roleId;

    private String overview;
    private String dayInWork;
    private LocalDate lastReviewed;

    protected RoleGuideRow() {}

    String getOverview() {
        return overview;
    }

    String getDayInWork() {
        return dayInWork;
    }

    LocalDate getLastReviewed() {
        return lastReviewed;
    }
}
