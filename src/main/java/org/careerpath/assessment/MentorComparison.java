package org.careerpath.assessment;

import java.util.List;
import org.careerpath.skills.Dimension;

/**
 * A mentor's opinion beside the owner's latest answers.
 *
 * @param latestRevision the owner's latest revision, to say when the mentor saw an earlier one
 * @param rows every dimension the mentor answered, in catalogue order
 */
record MentorComparison(MentorOpinion opinion, int latestRevision, List<Row> rows) {

    /** Differences of this many steps or more are marked: they are worth talking about. */
    static final int MARKED_DIFFERENCE = 2;

    public List<Row> marked() {
        return rows.stream().filter(Row::marked).toList();
    }

    /** Dimensions both rated with a step. */
    public long bothRated() {
        return rows.stream().filter(Row::bothRated).count();
    }

    public long agreed() {
        return rows.stream().filter(r -> r.bothRated() && r.difference() == 0).count();
    }

    public List<Row> commented() {
        return rows.stream().filter(r -> r.comment() != null).toList();
    }

    public boolean earlierRevision() {
        return opinion.revisionNumber() < latestRevision;
    }

    /**
     * One dimension side by side.
     *
     * @param self the owner's step, or null
     * @param selfUnsure whether the owner answered "not sure"
     * @param mentor the mentor's step, or null for "not sure"
     * @param expected what the target expects, or null (retired dimension)
     */
    record Row(
            Dimension dimension, Integer self, boolean selfUnsure, Integer mentor, String comment, Integer expected) {

        public boolean bothRated() {
            return self != null && mentor != null;
        }

        /** Mentor's step minus the owner's: positive when the mentor sees more. */
        public int difference() {
            return bothRated() ? mentor - self : 0;
        }

        public boolean marked() {
            return Math.abs(difference()) >= MARKED_DIFFERENCE;
        }

        public String selfText() {
            return self != null ? self.toString() : selfUnsure ? "not sure" : "not rated";
        }

        public String mentorText() {
            return mentor != null ? mentor.toString() : "not sure";
        }

        public String differenceText() {
            if (!bothRated()) {
                return "";
            }
            int d = difference();
            return d == 0 ? "same" : (d > 0 ? "+" : "\u2212") + Math.abs(d);
        }
    }
}
