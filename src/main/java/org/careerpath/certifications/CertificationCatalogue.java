package org.careerpath.certifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certifications module's published API: the whole catalogue in one query. */
@Service
@Transactional(readOnly = true)
public class CertificationCatalogue {

    private final CertificationRepository certifications;

    CertificationCatalogue(CertificationRepository certifications) {
        this.certifications = certifications;
    }

    public Certifications load() {
        return new Certifications(certifications.findAllWithLinks().stream()
                .map(CertificationRow::toCertification)
                .toList());
    }
}
