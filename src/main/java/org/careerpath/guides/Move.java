package org.careerpath.guides;

/** A move from a guide's role to another role. */
public record Move(String kind, String slug, String title, String note) {}
