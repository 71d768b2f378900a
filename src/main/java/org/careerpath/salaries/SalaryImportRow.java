package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import of a raw survey file: what file, when, and what happened to its rows. */
@Entity
@Table(name = "salary_import")
final class SalaryImportRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sourceId;
    private String fileName;

    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256;

    private OffsetDateTime importedAt;
    private int rowsRead;
    private int rowsImported;
    private int rowsRejected;

    protected SalaryImportRow() {}

    SalaryImportRow(Long sourceId, String fileName, String sha256, int read, int imported, int rejected) {
        this.sourceId = sourceId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.importedAt = OffsetDateTime.now();
        this.rowsRead = read;
        this.rowsImported = imported;
        this.rowsRejected = rejected;
    }

    String getSha256() {
        return sha256;
    }

    ImportStatus toStatus() {
        return new ImportStatus(fileName, importedAt, rowsImported, rowsRejected);
    }
}
