package org.careerpath.salaries;

import java.time.OffsetDateTime;

/** When raw survey responses were last imported, and how many rows are in use. */
public record ImportStatus(String fileName, OffsetDateTime importedAt, int imported, int rejected) {}
