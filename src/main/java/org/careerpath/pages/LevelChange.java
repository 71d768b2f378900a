package org.careerpath.pages;

import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.skills.ComparisonRow;
import org.careerpath.skills.LevelComparison;

/**
 * What changes from one level to another: the dimensions that rise (with the behaviour before and after),
 * those that fall, and how the hands-on share of the week moves.
 */
record LevelChange(Level from, Level to, LevelComparison comparison) {

    public List<ComparisonRow> rising() {
        return comparison.rising();
    }

    public List<ComparisonRow> falling() {
        return comparison.falling();
    }

    public boolean sameTrack() {
        return from.trackSlug().equals(to.trackSlug());
    }

    public boolean sameLevel() {
        return from.id() == to.id();
    }

    public boolean handsOnChanges() {
        return from.handsOn() != null && to.handsOn() != null && !from.handsOn().equals(to.handsOn());
    }
}
