package org.careerpath.sources;

import java.util.List;
import java.util.Optional;

/** Every source, in the order the sources page lists them. */
public record Sources(List<Source> all) {

    public Optional<Source> byId(long id) {
        return all.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Source> bySlug(String slug) {
        return all.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The source with this id; every stored reference to a source has one. */
    public Source get(long id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no source " + id));
    }
}
