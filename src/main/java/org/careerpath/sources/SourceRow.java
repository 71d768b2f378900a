package org.careerpath.sources;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "source")
final class SourceRow {

    @Id
    private Long id;

    private String slug;
    private String publisher;
    private String author;
    private String title;
    private Short year;
    private LocalDate dateRead;
    private String url;
    private String kind;
    private String methodNote;
    private short position;

    @Version
    private long version;

    protected SourceRow() {}

    Source toSource() {
        return new Source(
                id,
                slug,
                publisher,
                author,
                title,
                year == null ? null : year.intValue(),
                dateRead,
                url,
                kind,
                methodNote,
                position);
    }
}
