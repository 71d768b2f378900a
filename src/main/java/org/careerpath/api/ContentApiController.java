package org.careerpath.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerpath.api.ContentApi.EntryItem;
import org.careerpath.api.ContentApi.GuideSourceItem;
import org.careerpath.api.ContentApi.MoveItem;
import org.careerpath.api.ContentApi.RoleDetail;
import org.careerpath.api.ContentApi.RoleItem;
import org.careerpath.api.ContentApi.SectionItem;
import org.careerpath.guides.Guide;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.GuideEntry;
import org.careerpath.guides.Guides;
import org.careerpath.guides.Role;
import org.careerpath.web.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASE)
@Tag(name = "Roles, guides and moves", description = "Roles and their guides section by section, career moves.")
class ContentApiController {

    private final GuideCatalogue guides;

    ContentApiController(GuideCatalogue guides) {
        this.guides = guides;
    }

    @Operation(summary = "Roles with a guide", operationId = "listRoles")
    @PublicPage(
            params = {"group", "page", "size", "sort"},
            strict = true)
    @GetMapping("/roles")
    ApiPage<RoleItem> roles(
            @Parameter(description = "A track's slug, or neighbours.", example = "individual-contributor")
                    @RequestParam(required = false)
                    String group,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(description = "ladder, title or slug; a leading - sorts descending.", example = "title")
                    @RequestParam(required = false)
                    String sort) {
        Guides all = guides.load();
        List<Role> roles = all.roles();
        if (group != null) {
            String g = Api.slug("group", group);
            List<String> groups = roles.stream().map(Role::group).distinct().toList();
            if (!groups.contains(g)) {
                throw ApiProblem.badParameter(
                        "group",
                        "group must be one of " + String.join(", ", groups) + "; it was “" + Api.shorten(group) + "”.");
            }
            roles = roles.stream().filter(r -> r.group().equals(g)).toList();
        }
        List<RoleItem> items = roles.stream().map(RoleItem::of).toList();
        List<RoleItem> order = new ArrayList<>(items);
        Map<String, Comparator<RoleItem>> keys = new LinkedHashMap<>();
        keys.put("ladder", Comparator.comparingInt(order::indexOf));
        keys.put("title", Comparator.comparing(RoleItem::title));
        keys.put("slug", Comparator.comparing(RoleItem::slug));
        return ApiPage.of(items, page, size, sort, keys, "ladder");
    }

    @Operation(summary = "A role and its guide, section by section", operationId = "getRole")
    @PublicPage(strict = true)
    @GetMapping("/roles/{slug}")
    RoleDetail role(
            @Parameter(description = "The role's slug.", example = "senior-ml-engineer") @PathVariable String slug) {
        String s = Api.slug("slug", slug);
        Role role = guides.load()
                .bySlug(s)
                .orElseThrow(() -> ApiProblem.notFound("There is no role “" + Api.shorten(slug) + "”."));
        Guide guide = guides.guide(s).orElse(null);
        if (guide == null) {
            return new RoleDetail(RoleItem.of(role), null, null, null, List.of(), List.of());
        }
        List<SectionItem> sections = new ArrayList<>();
        section(sections, "responsibilities", "Responsibilities", guide.responsibilities());
        section(sections, "skills", "Skills", guide.skills());
        section(
                sections,
                "tools",
                "Tools",
                guide.toolsByCategory().values().stream().flatMap(List::stream).toList());
        guide.interview()
                .forEach(g -> section(sections, "interview-" + g.kind(), "Interview: " + g.heading(), g.questions()));
        section(sections, "challenges", "Challenges", guide.challenges());
        section(sections, "skill-gaps", "Common skill gaps", guide.skillGaps());
        section(sections, "faq", "Questions people ask", guide.faq());
        return new RoleDetail(
                RoleItem.of(role),
                guide.overview(),
                guide.dayInWork(),
                guide.lastReviewed(),
                sections,
                guide.sources().stream()
                        .map(c -> new GuideSourceItem(CareerModelApi.SourceRef.of(c.source()), c.usedFor()))
                        .toList());
    }

    private static void section(List<SectionItem> sections, String slug, String title, List<GuideEntry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new SectionItem(
                    slug, title, entries.stream().map(EntryItem::of).toList()));
        }
    }

    @Operation(summary = "Career moves between roles", operationId = "listMoves")
    @PublicPage(
            params = {"from", "kind", "page", "size", "sort"},
            strict = true)
    @GetMapping("/moves")
    ApiPage<MoveItem> moves(
            @Parameter(description = "Only moves from this role.", example = "senior-ml-engineer")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "next or lateral.", example = "next") @RequestParam(required = false) String kind,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(description = "from or to (role titles); a leading - sorts descending.", example = "from")
                    @RequestParam(required = false)
                    String sort) {
        Guides all = guides.load();
        List<MoveItem> items = all.moves().stream().map(MoveItem::of).toList();
        if (from != null) {
            String f = Api.slug("from", from);
            if (all.bySlug(f).isEmpty()) {
                throw ApiProblem.badParameter("from", "There is no role “" + Api.shorten(from) + "”.");
            }
            items = items.stream().filter(m -> m.from().equals(f)).toList();
        }
        if (kind != null) {
            String k = kind.strip().toLowerCase(Locale.ROOT);
            if (!k.equals("next") && !k.equals("lateral")) {
                throw ApiProblem.badParameter(
                        "kind", "kind must be next or lateral; it was “" + Api.shorten(kind) + "”.");
            }
            items = items.stream().filter(m -> m.kind().equals(k)).toList();
        }
        Map<String, Comparator<MoveItem>> keys = new LinkedHashMap<>();
        keys.put("from", Comparator.comparing(MoveItem::fromTitle).thenComparing(MoveItem::toTitle));
        keys.put("to", Comparator.comparing(MoveItem::toTitle).thenComparing(MoveItem::fromTitle));
        return ApiPage.of(items, page, size, sort, keys, "from");
    }
}
