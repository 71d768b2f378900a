package org.careerpath.salaries;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The computed bands: for every counted title from the materialized view (refreshed by each import), and
 * for a narrowed list of titles from the same SQL function on the spot.
 */
interface ComputedBandRepository extends Repository<SalaryBandRow, Long> {

    @Query(
            value = "select source_id, level_id, work_year, location_code, experience_levels, sample_size,"
                    + " p10, p25, median, p75, p90 from salary_computed_band where sample_size >= :minimum",
            nativeQuery = true)
    List<ComputedBand> everyTitle(@Param("minimum") int minimum);

    /** Titles are joined with a vertical bar, which no survey title contains. */
    @Query(
            value = "select source_id, level_id, work_year, location_code, experience_levels, sample_size,"
                    + " p10, p25, median, p75, p90 from salary_bands_for(string_to_array(:titles, '|')::varchar[])"
                    + " where sample_size >= :minimum",
            nativeQuery = true)
    List<ComputedBand> forTitles(@Param("titles") String titles, @Param("minimum") int minimum);

    /** Full-time responses per counted title in the loaded survey. */
    @Query(
            value = "select t.job_title as title, coalesce(c.responses, 0) as responses from survey_title t"
                    + " left join survey_title_count c on c.job_title = t.job_title",
            nativeQuery = true)
    List<TitleCount> responsesByTitle();

    interface TitleCount {

        String getTitle();

        Long getResponses();
    }
}
