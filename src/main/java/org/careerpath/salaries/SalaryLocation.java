package org.careerpath.salaries;

/** A location a reader can filter by. */
public record SalaryLocation(String code, String name, boolean us) {}
