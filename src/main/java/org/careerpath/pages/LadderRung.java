package org.careerpath.pages;

import java.util.List;
import org.careerpath.guides.Role;
import org.careerpath.levels.Level;
import org.careerpath.salaries.BandView;
import org.careerpath.skills.Expectation;
import org.careerpath.web.Formats;

/** A level on the ladder with what the ladder shows about it. */
record LadderRung(Level level, Expectation scope, List<Role> titles, BandView headline) {

    /** "Median $201,730" when the headline has a median, else the band's summary. */
    public String headlineText() {
        if (headline == null) {
            return "";
        }
        return headline.median() != null ? "Median " + Formats.money(headline.median()) : headline.summary();
    }
}
