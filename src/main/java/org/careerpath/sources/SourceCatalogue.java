package org.careerpath.sources;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources module's published API: every citable source, in one query. */
@Service
@Transactional(readOnly = true)
public class SourceCatalogue {

    private final SourceRepository sources;

    SourceCatalogue(SourceRepository sources) {
        this.sources = sources;
    }

    public Sources load() {
        return new Sources(sources.findAllByOrderByPosition().stream()
                .map(SourceRow::toSource)
                .toList());
    }
}
