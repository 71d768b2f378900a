package org.careerpath.guides;

import org.careerpath.sources.Source;

/** A source a guide draws on, and what it was used for. */
public record GuideCitation(Source source, String usedFor) {}
