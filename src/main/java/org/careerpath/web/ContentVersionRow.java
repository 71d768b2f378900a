package org.careerpath.web;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The one row that numbers the published content: bumped by content migrations, imports and publishes. */
@Entity
@Table(name = "content_version")
class ContentVersionRow {

    @Id
    private Short id;

    private long version;
    private OffsetDateTime updatedAt;

    protected ContentVersionRow() {}

    long getVersion() {
        return version;
    }
}
