package org.careerpath.salaries;

import java.util.List;

/**
 * Whole-occupation figures (BLS) for a place, or for the nearest wider place that has them.
 *
 * @param shown where the figures are for, or null when no wider place has any (BLS covers the US only)
 */
public record OccupationPay(SalaryLocation asked, SalaryLocation shown, List<BandView> bands) {

    public boolean fallback() {
        return shown != null && !shown.code().equals(asked.code());
    }
}
