package org.careerpath.salaries;

import java.util.List;
import java.util.Map;

/**
 * The salary filters of a request as read and checked (what was wrong, and with which parameter), and the
 * figures they select: each level's pay and the survey's bands for the whole occupation.
 *
 * @param errors what was wrong, one message each, for the page
 * @param parameters the parameter each message is about, in the same order
 */
public record SalarySelection(SalaryFilter filter, List<String> errors, List<String> parameters, Salaries salaries) {

    /** Reads the filters against what exists, then loads the figures for the chosen survey titles. */
    static SalarySelection of(Map<String, String[]> params, SalaryCatalogue catalogue) {
        Salaries everything = catalogue.load();
        SalaryRequest request = SalaryRequest.parse(params, everything.options());
        Salaries salaries = request.filter().titles().isEmpty()
                ? everything
                : catalogue.load(request.filter().titles());
        return new SalarySelection(request.filter(), request.errors(), request.parameters(), salaries);
    }

    /** The filters read against given figures (an editor's preview), with every counted title. */
    static SalarySelection of(Map<String, String[]> params, Salaries everything) {
        SalaryRequest request = SalaryRequest.parse(params, everything.options());
        return new SalarySelection(request.filter(), request.errors(), request.parameters(), everything);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The pay of each level the filters select. */
    public List<LevelPay> levels() {
        return salaries.pay(filter).stream()
                .filter(p -> filter.level() == null || p.level().slug().equals(filter.level()))
                .toList();
    }

    /** The survey's bands for the whole occupation, computed with n. */
    public OccupationPay occupations() {
        return salaries.occupations(filter);
    }
}
