package org.careerpath.guides;

/** One item of a guide section. */
public record GuideEntry(String category, String heading, String body, String detail) {}
