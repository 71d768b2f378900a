package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One listed item of a guide section (a responsibility, a tool, an interview question, ...). */
@Entity
@Table(name = "guide_entry")
final class GuideEntryRow {

    @Id
    private Long id;

    private Long roleId;
    private String section;
    private String category;
    private String heading;
    private String body;
    private String detail;
    private short position;

    protected GuideEntryRow() {}

    String getSection() {
        return section;
    }

    String getCategory() {
        return category;
    }

    GuideEntry toEntry() {
        return new GuideEntry(category, heading, body, detail);
    }
}
