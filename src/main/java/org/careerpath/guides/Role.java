package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "role")
class Role {

    @Id
    private Long id;

    private String slug;
    private String title;
    private Long levelId;
    private String family;
    private String summary;
    private String socCode;
    private String socTitle;
    private short position;

    protected Role() {}

    RoleSummary toSummary() {
        return new RoleSummary(id, slug, title, levelId, "ladder".equals(family), summary, socCode, socTitle);
    }
}
