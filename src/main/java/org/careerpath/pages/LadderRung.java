package org.careerpath.pages;

import java.util.List;
import org.careerpath.guides.Role;
import org.careerpath.levels.Level;
import org.careerpath.salaries.LevelPay;
import org.careerpath.skills.Expectation;

/** A level on the ladder with what the ladder shows about it: its scope, titles and reconciled pay. */
record LadderRung(Level level, Expectation scope, List<Role> titles, LevelPay pay, String surveyLevels) {}
