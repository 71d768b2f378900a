package org.careerpath.salaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every place a figure can be for, and what each is part of. The places of the published figures (the
 * United States, its states, metros and regions) are stored; the other countries come from the survey's
 * ISO 3166 codes, named in English, each a part of all countries together.
 */
public record Locations(Map<String, SalaryLocation> stored) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Optional<SalaryLocation> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        SalaryLocation known = stored.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        if (code.length() == 2 && ISO_COUNTRIES.contains(code)) {
            return Optional.of(new SalaryLocation(
                    code,
                    new Locale("", code).getDisplayCountry(Locale.ENGLISH),
                    "country",
                    SalaryLocation.WORLD,
                    100));
        }
        return Optional.empty();
    }

    public SalaryLocation get(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown location " + code));
    }

    /** The place and every wider one that contains it, ending with all countries. */
    public List<SalaryLocation> chain(String code) {
        List<SalaryLocation> chain = new ArrayList<>();
        Optional<SalaryLocation> at = byCode(code);
        while (at.isPresent() && chain.size() < 10) {
            chain.add(at.get());
            at = byCode(at.get().parentCode());
        }
        return chain;
    }

    public static Locations of(List<SalaryLocation> rows) {
        Map<String, SalaryLocation> byCode = new LinkedHashMap<>();
        rows.forEach(l -> byCode.put(l.code(), l));
        return new Locations(Map.copyOf(byCode));
    }
}
