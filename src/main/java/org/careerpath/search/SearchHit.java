package org.careerpath.search;

/** A search result; {@code snippetHtml} is escaped HTML with the matches in mark elements. */
public record SearchHit(String kind, String title, String url, String snippetHtml) {}
