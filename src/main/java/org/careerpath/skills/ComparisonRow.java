package org.careerpath.skills;

/** One skill at two levels. */
public record ComparisonRow(
        String skillSlug,
        String skillName,
        String categorySlug,
        String categoryName,
        int fromProficiency,
        String fromName,
        int toProficiency,
        String toName,
        String toDescriptor) {

    public int change() {
        return toProficiency - fromProficiency;
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
