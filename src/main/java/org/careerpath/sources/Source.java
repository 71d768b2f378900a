package org.careerpath.sources;

import java.time.LocalDate;
import org.careerpath.web.Formats;

/**
 * A source a reader can check: who published it, its title, its year (or that it is undated), when
 * CareerPath read it, where it is if it is public, and how its figures were made.
 */
public record Source(
        long id,
        String slug,
        String publisher,
        String author,
        String title,
        Integer year,
        LocalDate dateRead,
        String url,
        String kind,
        String methodNote,
        int position) {

    /** "2024" or "undated". */
    public String yearText() {
        return year == null ? "undated" : year.toString();
    }

    /** "aijobs.net, 2024" or "Hakia, undated": the short form used next to a figure. */
    public String citation() {
        return publisher + ", " + yearText();
    }

    /** The full reference: publisher (author), title, year; read on a date. */
    public String reference() {
        StringBuilder text = new StringBuilder(publisher);
        if (author != null) {
            text.append(" (").append(author).append(")");
        }
        text.append(", “").append(title).append("”, ").append(yearText());
        if (dateRead != null) {
            text.append("; read ").append(Formats.day(dateRead));
        }
        return text.toString();
    }

    public boolean editorial() {
        return "editorial".equals(kind);
    }

    public String kindLabel() {
        return switch (kind) {
            case "official" -> "official statistics";
            case "survey" -> "survey";
            case "framework" -> "career framework";
            case "editorial" -> "CareerPath's own judgement";
            default -> "career guide";
        };
    }
}
