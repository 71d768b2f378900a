package org.careerpath.guides;

import java.util.List;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Career moves as editors change them, previewed in the real moves page. A move's key is the two roles; its
 * id here is the two in one number ({@code from × 100,000 + to}). Writes are guarded by the row's version
 * (PostgreSQL's xmin).
 */
@Component
class MoveKind implements EditableKind<MoveEdit> {

    static final long KEY = 100_000L;

    private final GuideCatalogue guides;
    private final GuideController pages;
    private final JdbcClient jdbc;

    MoveKind(GuideCatalogue guides, GuideController pages, JdbcClient jdbc) {
        this.guides = guides;
        this.pages = pages;
        this.jdbc = jdbc;
    }

    static long id(long fromRoleId, long toRoleId) {
        return fromRoleId * KEY + toRoleId;
    }

    @Override
    public String type() {
        return "move";
    }

    @Override
    public String path() {
        return "moves";
    }

    @Override
    public String title() {
        return "Career moves";
    }

    @Override
    public Class<MoveEdit> formType() {
        return MoveEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/move-fields";
    }

    @Override
    public List<Item> items() {
        Guides all = guides.load();
        return all.moves().stream()
                .map(m -> new Item(
                        id(
                                all.bySlug(m.fromSlug()).orElseThrow().id(),
                                all.bySlug(m.toSlug()).orElseThrow().id()),
                        m.fromTitle() + " → " + m.toTitle(),
                        "/careers/moves#from-" + m.fromSlug(),
                        m.kindLabel()))
                .toList();
    }

    @Override
    public Optional<Current<MoveEdit>> current(long id) {
        return jdbc.sql("""
                        select m.xmin::text as stamp, f.slug as from_slug, t.slug as to_slug, m.kind, m.note
                          from role_move m join role f on f.id = m.from_role_id join role t on t.id = m.to_role_id
                         where m.from_role_id = ? and m.to_role_id = ?
                        """)
                .params(id / KEY, id % KEY)
                .query((row, n) -> new Current<>(
                        id,
                        row.getString("stamp"),
                        new MoveEdit(
                                row.getString("from_slug"),
                                row.getString("to_slug"),
                                row.getString("kind"),
                                row.getString("note"))))
                .optional();
    }

    @Override
    public Optional<MoveEdit> blank() {
        return Optional.of(new MoveEdit("", "", "next", ""));
    }

    /** The roles a move may start from or lead to, for the new form's choices: slug to title. */
    public java.util.Map<String, String> roleChoices() {
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        guides.load().roles().forEach(r -> choices.put(r.slug(), r.title()));
        return choices;
    }

    @Override
    public java.util.Map<String, String> check(long id, MoveEdit edit) {
        if (id != 0) {
            return java.util.Map.of();
        }
        Guides all = guides.load();
        if (all.bySlug(edit.from()).isEmpty()) {
            return java.util.Map.of("from", "Choose a role the move starts from.");
        }
        if (all.bySlug(edit.to()).isEmpty()) {
            return java.util.Map.of("to", "Choose a role the move leads to.");
        }
        if (edit.from().equals(edit.to())) {
            return java.util.Map.of("to", "A move leads to another role.");
        }
        if (all.moves().stream()
                .anyMatch(m -> m.fromSlug().equals(edit.from()) && m.toSlug().equals(edit.to()))) {
            return java.util.Map.of("to", "This move is already listed; edit it instead.");
        }
        return java.util.Map.of();
    }

    @Override
    public long create(MoveEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        Guides all = guides.load();
        long from = all.bySlug(edit.from()).orElseThrow().id();
        long to = all.bySlug(edit.to()).orElseThrow().id();
        jdbc.sql("insert into role_move (from_role_id, to_role_id, kind, note) values (?, ?, ?, ?)")
                .params(from, to, edit.kind(), edit.note())
                .update();
        return id(from, to);
    }

    @Override
    public MoveEdit normalised(MoveEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(MoveEdit edit) {
        return "Career move";
    }

    @Override
    public void apply(long id, MoveEdit edit, String stamp) {
        String now = jdbc.sql("select xmin::text from role_move where from_role_id = ? and to_role_id = ? for update")
                .params(id / KEY, id % KEY)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new org.careerpath.web.Refused("id", "This move no longer exists."));
        if (!now.equals(stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
        jdbc.sql("update role_move set kind = ?, note = ? where from_role_id = ? and to_role_id = ?")
                .params(edit.kind(), edit.note(), id / KEY, id % KEY)
                .update();
    }

    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.empty();
    }

    @Override
    public void delete(long id) {
        jdbc.sql("delete from role_move where from_role_id = ? and to_role_id = ?")
                .params(id / KEY, id % KEY)
                .update();
    }

    @Override
    public String preview(long id, MoveEdit edit, Model model) {
        Guides all = guides.load();
        if (id == 0) {
            Role from = all.bySlug(edit.from()).orElseThrow(() -> new NotFoundException("role " + edit.from()));
            Role to = all.bySlug(edit.to()).orElseThrow(() -> new NotFoundException("role " + edit.to()));
            List<MoveBetween> moves = new java.util.ArrayList<>(all.moves());
            moves.add(new MoveBetween(from.slug(), from.title(), to.slug(), to.title(), edit.kind(), edit.note()));
            return pages.movesPage(new Guides(all.roles(), moves, all.ladder()), model);
        }
        Role from = all.roles().stream()
                .filter(r -> r.id() == id / KEY)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("move " + id));
        Role to = all.roles().stream()
                .filter(r -> r.id() == id % KEY)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("move " + id));
        List<MoveBetween> moves = all.moves().stream()
                .map(m -> m.fromSlug().equals(from.slug()) && m.toSlug().equals(to.slug())
                        ? new MoveBetween(
                                m.fromSlug(), m.fromTitle(), m.toSlug(), m.toTitle(), edit.kind(), edit.note())
                        : m)
                .toList();
        return pages.movesPage(new Guides(all.roles(), moves, all.ladder()), model);
    }
}
