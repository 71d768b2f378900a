package org.careerpath.salaries;

/**
 * A job title of the salary survey that CareerPath counts as machine-learning engineering.
 *
 * @param family ic, manager or director: which levels its experience levels map onto
 * @param responses full-time responses with this title in the loaded survey
 */
public record SurveyTitle(String title, String family, int responses, int position) {

    public String familyName() {
        return SurveyMapping.familyName(family);
    }
}
