package org.careerpath.salaries;

/** A salary source: who published it, when, and how its figures were made. */
public record SourceView(
        String slug, String publisher, String title, int year, String url, String kind, String methodNote) {

    public String kindLabel() {
        return switch (kind) {
            case "official" -> "official statistics";
            case "survey" -> "survey";
            default -> "quoted in a guide";
        };
    }
}
