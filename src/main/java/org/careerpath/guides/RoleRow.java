package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "role")
final class RoleRow {

    @Id
    private Long id;

    private String slug;
    private String title;
    private Long levelId;
    private Long entryLevelId;
    private String family;
    private String summary;
    private String socCode;
    private String socTitle;
    private short position;
    private LocalDate retiredAt;

    @Version
    private long version;

    protected RoleRow() {}

    Long getEntryLevelId() {
        return entryLevelId;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    Long getLevelId() {
        return levelId;
    }

    String getFamily() {
        return family;
    }

    String getSummary() {
        return summary;
    }

    String getSocCode() {
        return socCode;
    }

    String getSocTitle() {
        return socTitle;
    }

    short getPosition() {
        return position;
    }
}
