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
import java.util.Set;
import org.careerpath.api.CareerModelApi.CategoryItem;
import org.careerpath.api.CareerModelApi.DimensionDetail;
import org.careerpath.api.CareerModelApi.DimensionItem;
import org.careerpath.api.CareerModelApi.DimensionRef;
import org.careerpath.api.CareerModelApi.LevelDetail;
import org.careerpath.api.CareerModelApi.LevelFactItem;
import org.careerpath.api.CareerModelApi.LevelItem;
import org.careerpath.api.CareerModelApi.LevelRef;
import org.careerpath.api.CareerModelApi.Matrix;
import org.careerpath.api.CareerModelApi.MatrixRow;
import org.careerpath.api.CareerModelApi.Statement;
import org.careerpath.api.CareerModelApi.StepItem;
import org.careerpath.api.CareerModelApi.TrackItem;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASE)
@Tag(name = "Career model", description = "Tracks, levels, skills and dimensions, what each level expects, the matrix.")
class CareerModelApiController {

    private static final Set<String> KINDS = Set.of(Dimension.TECHNICAL, Dimension.IMPACT, Dimension.PEOPLE);

    private final SkillCatalogue skills;

    CareerModelApiController(SkillCatalogue skills) {
        this.skills = skills;
    }

    @Operation(summary = "The career tracks and their levels", operationId = "listTracks")
    @PublicPage(strict = true)
    @GetMapping("/tracks")
    List<TrackItem> tracks() {
        Ladder ladder = skills.load().ladder();
        return ladder.tracks().stream()
                .map(t -> new TrackItem(
                        t.id(),
                        t.slug(),
                        t.name(),
                        t.description(),
                        t.branchesFromLevelSlug(),
                        t.levels().stream().map(LevelRef::of).toList()))
                .toList();
    }

    @Operation(summary = "The levels of the ladder", operationId = "listLevels")
    @PublicPage(
            params = {"track", "page", "size", "sort"},
            strict = true)
    @GetMapping("/levels")
    ApiPage<LevelItem> levels(
            @Parameter(description = "Only the levels of this track.", example = "individual-contributor")
                    @RequestParam(required = false)
                    String track,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(
                            description = "ladder (track then rank), name or slug; a leading - sorts descending.",
                            example = "ladder")
                    @RequestParam(required = false)
                    String sort) {
        Ladder ladder = skills.load().ladder();
        List<Level> levels = ladder.levels();
        if (track != null) {
            String slug = Api.slug("track", track);
            if (ladder.tracks().stream().noneMatch(t -> t.slug().equals(slug))) {
                throw ApiProblem.badParameter(
                        "track",
                        "There is no track “" + Api.shorten(track) + "”; the tracks are "
                                + String.join(
                                        ", ",
                                        ladder.tracks().stream()
                                                .map(t -> t.slug())
                                                .toList()) + ".");
            }
            levels = ladder.track(slug);
        }
        List<LevelItem> items = levels.stream().map(LevelItem::of).toList();
        Map<String, Comparator<LevelItem>> keys = new LinkedHashMap<>();
        List<LevelItem> ladderOrder = items;
        keys.put("ladder", Comparator.comparingInt(ladderOrder::indexOf));
        keys.put("name", Comparator.comparing(LevelItem::name));
        keys.put("slug", Comparator.comparing(LevelItem::slug));
        return ApiPage.of(items, page, size, sort, keys, "ladder");
    }

    @Operation(
            summary = "A level, with its statements on every dimension and what sources say",
            operationId = "getLevel")
    @PublicPage(strict = true)
    @GetMapping("/levels/{slug}")
    LevelDetail level(@Parameter(description = "The level's slug.", example = "staff") @PathVariable String slug) {
        CareerModel model = skills.load();
        Ladder ladder = model.ladder();
        Level level = ladder.bySlug(Api.slug("slug", slug))
                .orElseThrow(() -> ApiProblem.notFound("There is no level “" + Api.shorten(slug) + "”."));
        Set<Long> defining = model.defining(level);
        List<Statement> statements = model.atLevel(level.id()).stream()
                .flatMap(g -> g.expectations().stream())
                .map(e -> Statement.of(e, defining.contains(e.dimensionId())))
                .toList();
        return new LevelDetail(
                LevelItem.of(level),
                ladder.below(level).map(LevelRef::of).orElse(null),
                ladder.above(level).map(LevelRef::of).orElse(null),
                level.facts().stream().map(LevelFactItem::of).toList(),
                statements);
    }

    @Operation(summary = "The categories of skills and dimensions", operationId = "listSkillCategories")
    @PublicPage(strict = true)
    @GetMapping("/skill-categories")
    List<CategoryItem> categories() {
        return skills.load().categories().stream()
                .map(c -> new CategoryItem(
                        c.id(),
                        c.slug(),
                        c.name(),
                        c.description(),
                        c.kind(),
                        c.pillar(),
                        c.retired(),
                        c.dimensions().stream().map(DimensionRef::of).toList()))
                .toList();
    }

    @Operation(summary = "Skills and dimensions", operationId = "listDimensions")
    @PublicPage(
            params = {"kind", "category", "page", "size", "sort"},
            strict = true)
    @GetMapping("/dimensions")
    ApiPage<DimensionItem> dimensions(
            @Parameter(description = "technical, impact or people.", example = "technical")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "Only this category's.", example = "mlops") @RequestParam(required = false)
                    String category,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size,
            @Parameter(description = "catalogue, name or slug; a leading - sorts descending.", example = "name")
                    @RequestParam(required = false)
                    String sort) {
        CareerModel model = skills.load();
        List<Dimension> dimensions = model.dimensions();
        if (kind != null) {
            String k = kind.strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(k)) {
                throw ApiProblem.badParameter(
                        "kind", "kind must be technical, impact or people; it was “" + Api.shorten(kind) + "”.");
            }
            dimensions = dimensions.stream().filter(d -> d.kind().equals(k)).toList();
        }
        if (category != null) {
            String c = Api.slug("category", category);
            if (model.categories().stream().noneMatch(x -> x.slug().equals(c))) {
                throw ApiProblem.badParameter("category", "There is no category “" + Api.shorten(category) + "”.");
            }
            dimensions =
                    dimensions.stream().filter(d -> d.categorySlug().equals(c)).toList();
        }
        List<DimensionItem> items = dimensions.stream().map(DimensionItem::of).toList();
        List<DimensionItem> catalogue = new ArrayList<>(items);
        Map<String, Comparator<DimensionItem>> keys = new LinkedHashMap<>();
        keys.put("catalogue", Comparator.comparingInt(catalogue::indexOf));
        keys.put("name", Comparator.comparing(DimensionItem::name));
        keys.put("slug", Comparator.comparing(DimensionItem::slug));
        return ApiPage.of(items, page, size, sort, keys, "catalogue");
    }

    @Operation(
            summary = "A skill or dimension, with its scale, every level's statement and per-step advice",
            operationId = "getDimension")
    @PublicPage(strict = true)
    @GetMapping("/dimensions/{slug}")
    DimensionDetail dimension(
            @Parameter(description = "The dimension's slug.", example = "drift-detection") @PathVariable String slug) {
        CareerModel model = skills.load();
        Dimension dimension = model.bySlug(Api.slug("slug", slug))
                .orElseThrow(() -> ApiProblem.notFound("There is no skill or dimension “" + Api.shorten(slug) + "”."));
        Ladder ladder = model.ladder();
        List<Statement> statements = model.ofDimension(dimension.id()).stream()
                .map(e -> Statement.of(
                        e,
                        ladder.byId(e.levelId())
                                .map(l -> model.defining(l).contains(dimension.id()))
                                .orElse(false)))
                .toList();
        return new DimensionDetail(
                DimensionItem.of(dimension),
                model.steps(dimension.id()).stream().map(StepItem::of).toList(),
                statements,
                model.advice(dimension.id()).stream()
                        .map(CareerModelApi.AdviceItem::of)
                        .toList());
    }

    @Operation(summary = "The whole skills matrix", operationId = "getMatrix")
    @PublicPage(strict = true)
    @GetMapping("/matrix")
    Matrix matrix() {
        CareerModel model = skills.load();
        List<Level> levels =
                model.ladder().levels().stream().filter(l -> !l.retired()).toList();
        Map<Long, Map<Long, Integer>> expected = model.expectedByLevel();
        List<MatrixRow> rows = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Map<String, Integer> byLevel = new LinkedHashMap<>();
            for (Level l : levels) {
                Integer step = expected.getOrDefault(l.id(), Map.of()).get(d.id());
                if (step != null) {
                    byLevel.put(l.slug(), step);
                }
            }
            rows.add(new MatrixRow(DimensionRef.of(d), d.categorySlug(), byLevel));
        }
        return new Matrix(levels.stream().map(LevelRef::of).toList(), rows);
    }
}
