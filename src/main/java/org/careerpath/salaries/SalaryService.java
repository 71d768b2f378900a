package org.careerpath.salaries;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Salary sources and bands. */
@Service
@Transactional(readOnly = true)
public class SalaryService {

    private final SalarySourceRepository sources;

    SalaryService(SalarySourceRepository sources) {
        this.sources = sources;
    }

    public List<SourceView> sources() {
        return sources.findAllByOrderByPosition().stream()
                .map(SalarySource::toView)
                .toList();
    }
}
