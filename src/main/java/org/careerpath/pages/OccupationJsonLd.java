package org.careerpath.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.guides.Guide;
import org.careerpath.salaries.BandView;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org Occupation data for a guide page, serialised so that it is safe inside a script element:
 * the characters that could end the element or start markup are written as Unicode escapes.
 */
final class OccupationJsonLd {

    private OccupationJsonLd() {}

    static String of(Guide guide, List<BandView> bands, String canonicalUrl, JsonMapper json) {
        var role = guide.role();
        Map<String, Object> occupation = new LinkedHashMap<>();
        occupation.put("@context", "https://schema.org");
        occupation.put("@type", "Occupation");
        occupation.put("name", role.title());
        occupation.put("description", guide.overview() != null ? guide.overview() : role.summary());
        occupation.put("url", canonicalUrl);
        if (role.socCode() != null) {
            occupation.put(
                    "occupationalCategory",
                    Map.of(
                            "@type",
                            "CategoryCode",
                            "codeValue",
                            role.socCode(),
                            "name",
                            role.socTitle(),
                            "inCodeSet",
                            "https://www.bls.gov/soc/"));
        }
        if (role.onLadder()) {
            occupation.put(
                    "experienceRequirements",
                    Map.of(
                            "@type",
                            "OccupationalExperienceRequirements",
                            "monthsOfExperience",
                            role.level().yearsMin() * 12));
        }
        List<Map<String, Object>> salaries = new ArrayList<>();
        for (BandView band : bands) {
            // only distributions: never a single quoted figure, a range or a bound presented as a median
            if (!band.distribution() || !"annual".equals(band.period())) {
                continue;
            }
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@type", "MonetaryAmountDistribution");
            distribution.put(
                    "name",
                    band.label() + ", " + band.locationName() + ", "
                            + band.basisLabel().toLowerCase() + " (" + band.citation() + ")");
            distribution.put("currency", band.currency());
            distribution.put("duration", "P1Y");
            put(distribution, "percentile10", band.p10());
            put(distribution, "percentile25", band.p25());
            put(distribution, "median", band.median());
            put(distribution, "percentile75", band.p75());
            put(distribution, "percentile90", band.p90());
            salaries.add(distribution);
        }
        if (!salaries.isEmpty()) {
            occupation.put("estimatedSalary", salaries);
        }
        String text = json.writeValueAsString(occupation);
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static void put(Map<String, Object> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value.stripTrailingZeros().toPlainString().contains(".") ? value : value.longValue());
        }
    }
}
