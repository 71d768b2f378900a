package org.careerpath.salaries;

/**
 * A place pay figures can be for: all countries, a country, a US state, a metro area or a region.
 *
 * @param parentCode the next wider place, or null for all countries
 */
public record SalaryLocation(String code, String name, String kind, String parentCode, int position) {

    public static final String WORLD = "WORLD";

    public boolean us() {
        return code.equals("US") || code.startsWith("US-");
    }

    public boolean world() {
        return WORLD.equals(code);
    }

    /** "in the United States", "in all countries together". */
    public String inText() {
        return world() ? "in all countries together" : "in " + (code.equals("US") ? "the United States" : name);
    }
}
