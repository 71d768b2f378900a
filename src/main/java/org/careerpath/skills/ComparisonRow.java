package org.careerpath.skills;

/** One dimension at two levels, with the behaviour expected at each. */
public record ComparisonRow(Expectation from, Expectation to) {

    public String dimensionSlug() {
        return to.dimensionSlug();
    }

    public String dimensionName() {
        return to.dimensionName();
    }

    public String categorySlug() {
        return to.categorySlug();
    }

    public String categoryName() {
        return to.categoryName();
    }

    public int change() {
        return to.value() - from.value();
    }

    public boolean rises() {
        return change() > 0;
    }

    public boolean falls() {
        return change() < 0;
    }

    /** "Rises +1", "Falls -1" or "Same". */
    public String changeText() {
        return rises() ? "Rises +" + change() : falls() ? "Falls " + change() : "Same";
    }
}
