package org.careerpath.skills;

/** One step of a dimension's scale: its value, its short name and what it looks like. */
public record Step(int value, String name, String description) {

    /** "3 · practitioner" or "4 · Several teams". */
    public String label() {
        return value + " · " + name;
    }
}
