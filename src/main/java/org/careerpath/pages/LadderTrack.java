package org.careerpath.pages;

import java.util.List;
import org.careerpath.levels.Track;

/** A track of the ladder with its rungs. */
record LadderTrack(Track track, List<LadderRung> rungs) {}
