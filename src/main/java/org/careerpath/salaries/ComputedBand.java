package org.careerpath.salaries;

/** A band computed by PostgreSQL from the survey's responses (percentile_cont, linear interpolation). */
interface ComputedBand {

    Long getSourceId();

    Long getLevelId();

    Short getWorkYear();

    String getLocationCode();

    String getExperienceLevels();

    Integer getSampleSize();

    Double getP10();

    Double getP25();

    Double getMedian();

    Double getP75();

    Double getP90();
}
