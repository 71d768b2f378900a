package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "salary_source")
class SalarySourceRow {

    @Id
    private Long id;

    private String slug;
    private String publisher;
    private String title;
    private short year;
    private String url;
    private String kind;
    private String methodNote;
    private short position;

    protected SalarySourceRow() {}

    Long getId() {
        return id;
    }

    short getPosition() {
        return position;
    }

    SourceView toView() {
        return new SourceView(slug, publisher, title, year, url, kind, methodNote);
    }
}
