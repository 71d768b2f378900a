package org.careerpath.sources;

import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;

/** The sources module's published API: every citable source, in one query. */
@Service
public class SourceCatalogue {

    private final ContentSnapshots snapshots;

    private final SourceRepository sources;

    SourceCatalogue(SourceRepository sources, ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.sources = sources;
    }

    public Sources load() {
        return snapshots.get("sources", this::loadNow);
    }

    private Sources loadNow() {
        return new Sources(sources.findAllByOrderByPosition().stream()
                .map(SourceRow::toSource)
                .toList());
    }
}
