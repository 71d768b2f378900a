package org.careerpath.certifications;

import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;

/** The certifications module's published API: the whole catalogue in one query. */
@Service
public class CertificationCatalogue {

    private final ContentSnapshots snapshots;

    private final CertificationRepository certifications;

    CertificationCatalogue(CertificationRepository certifications, ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.certifications = certifications;
    }

    public Certifications load() {
        return snapshots.get("certifications", this::loadNow);
    }

    private Certifications loadNow() {
        return new Certifications(certifications.findAllByOrderByNameAsc().stream()
                .map(CertificationRow::toCertification)
                .toList());
    }
}
