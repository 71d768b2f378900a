package org.careerpath.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerpath.api.ContentApi.CertificationItem;
import org.careerpath.api.ContentApi.SourceItem;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.certifications.CertificationFilter;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.web.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASE)
@Tag(name = "Certifications and sources", description = "Certifications with status and dates; the source records.")
class CertificationApiController {

    private final CertificationCatalogue certifications;
    private final SourceCatalogue sources;

    CertificationApiController(CertificationCatalogue certifications, SourceCatalogue sources) {
        this.certifications = certifications;
        this.sources = sources;
    }

    @Operation(summary = "Certifications with their status and dates", operationId = "listCertifications")
    @PublicPage(
            params = {"status", "provider", "page", "size", "sort"},
            strict = true)
    @GetMapping("/certifications")
    ApiPage<CertificationItem> certifications(
            @Parameter(description = "active, retiring or retired.", example = "active") @RequestParam(required = false)
                    String status,
            @Parameter(description = "Only this provider's.", example = "Google Cloud") @RequestParam(required = false)
                    String provider,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(description = "name, cost or status; a leading - sorts descending.", example = "name")
                    @RequestParam(required = false)
                    String sort) {
        List<Certification> all = certifications.load().list(CertificationFilter.none());
        if (status != null) {
            String st = status.strip().toLowerCase(Locale.ROOT);
            if (!CertificationFilter.STATUSES.contains(st)) {
                throw ApiProblem.badParameter(
                        "status", "status must be active, retiring or retired; it was “" + Api.shorten(status) + "”.");
            }
            all = all.stream().filter(c -> c.status().equals(st)).toList();
        }
        if (provider != null) {
            String p = provider.strip();
            List<String> providers = certifications.load().providers();
            if (!providers.contains(p)) {
                throw ApiProblem.badParameter(
                        "provider",
                        "There is no provider “" + Api.shorten(provider) + "”; the providers are "
                                + String.join(", ", providers) + ".");
            }
            all = all.stream().filter(c -> c.provider().equals(p)).toList();
        }
        Map<String, Comparator<CertificationItem>> keys = new LinkedHashMap<>();
        keys.put("name", Comparator.comparing(CertificationItem::name));
        keys.put(
                "cost",
                Comparator.comparing(CertificationItem::costUsdMin, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CertificationItem::name));
        keys.put(
                "status",
                Comparator.comparingInt((CertificationItem c) -> CertificationFilter.STATUSES.indexOf(c.status()))
                        .thenComparing(CertificationItem::name));
        return ApiPage.of(all.stream().map(CertificationItem::of).toList(), page, size, sort, keys, "name");
    }

    @Operation(summary = "A certification", operationId = "getCertification")
    @PublicPage(strict = true)
    @GetMapping("/certifications/{slug}")
    CertificationItem certification(
            @Parameter(description = "The certification's slug.", example = "aws-ml-engineer-associate") @PathVariable
                    String slug) {
        return certifications
                .load()
                .bySlug(Api.slug("slug", slug))
                .map(CertificationItem::of)
                .orElseThrow(() -> ApiProblem.notFound("There is no certification “" + Api.shorten(slug) + "”."));
    }

    @Operation(summary = "The sources every figure and fact cites", operationId = "listSources")
    @PublicPage(
            params = {"kind", "page", "size", "sort"},
            strict = true)
    @GetMapping("/sources")
    ApiPage<SourceItem> sources(
            @Parameter(description = "official, survey, framework, guide or editorial.", example = "survey")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(description = "publisher, title or year; a leading - sorts descending.", example = "publisher")
                    @RequestParam(required = false)
                    String sort) {
        List<SourceItem> items =
                sources.load().all().stream().map(SourceItem::of).toList();
        if (kind != null) {
            String k = kind.strip().toLowerCase(Locale.ROOT);
            List<String> kinds = List.of("official", "survey", "framework", "guide", "editorial");
            if (!kinds.contains(k)) {
                throw ApiProblem.badParameter(
                        "kind",
                        "kind must be one of " + String.join(", ", kinds) + "; it was “" + Api.shorten(kind) + "”.");
            }
            items = items.stream().filter(s -> s.kind().equals(k)).toList();
        }
        Map<String, Comparator<SourceItem>> keys = new LinkedHashMap<>();
        keys.put("publisher", Comparator.comparing(SourceItem::publisher).thenComparing(SourceItem::title));
        keys.put("title", Comparator.comparing(SourceItem::title));
        keys.put("year", Comparator.comparing(SourceItem::year).thenComparing(SourceItem::publisher));
        return ApiPage.of(items, page, size, sort, keys, "publisher");
    }

    @Operation(summary = "A source record", operationId = "getSource")
    @PublicPage(strict = true)
    @GetMapping("/sources/{slug}")
    SourceItem source(
            @Parameter(description = "The source's slug.", example = "bls-oews-2024") @PathVariable String slug) {
        return sources.load()
                .bySlug(Api.slug("slug", slug))
                .map(SourceItem::of)
                .orElseThrow(() -> ApiProblem.notFound("There is no source “" + Api.shorten(slug) + "”."));
    }
}
