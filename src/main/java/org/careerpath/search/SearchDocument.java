package org.careerpath.search;

/**
 * One searchable page or page section. Title words weigh more than body words; {@code boost} favours some
 * kinds over others.
 */
record SearchDocument(String kind, String title, String url, String body, double boost) {}
