package dev.postlint.core.suppress;

import dev.postlint.core.Post;
import dev.postlint.core.PostSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directives of one file and the lines each one covers. A finding on a covered line of a rule the
 * directive names (by id or category, or every rule when it names none) is suppressed, and the
 * directive's name is then marked used. The file's directive lines are kept so reports can quote them.
 */
public final class Suppressions implements PostSource {
    private static final int END = Integer.MAX_VALUE;

    /** Lines {@code from} to {@code to} of a directive's name, or of every rule when {@code name} is null. */
    private record Scope(Directive directive, Directive.Name name, int from, int to) {
    }

    private final String path;
    private final List<Directive> directives;
    private final Map<Integer, String> lines;
    private final List<Scope> scopes = new ArrayList<>();
    private final Set<Object> used = new HashSet<>();

    public Suppressions(String path, List<Directive> directives, Map<Integer, String> lines) {
        this.path = path;
        this.directives = List.copyOf(directives);
        this.lines = Map.copyOf(lines);
        Map<String, List<Scope>> open = new HashMap<>();
        for (Directive d : this.directives) {
            int line = d.at().line();
            switch (d.kind()) {
                case DISABLE -> forEachName(d, name -> open.computeIfAbsent(key(name), k -> new ArrayList<>())
                        .add(new Scope(d, name, line, END)));
                case ENABLE -> {
                    if (d.isAboutEveryRule()) {
                        open.values().forEach(list -> close(list, line));
                        open.clear();
                    } else {
                        d.names().forEach(n -> close(open.remove(n.id()), line));
                    }
                }
                case DISABLE_LINE -> forEachName(d, name -> scopes.add(new Scope(d, name, line, d.lastLine())));
                case DISABLE_NEXT_LINE -> forEachName(d, name -> scopes.add(new Scope(d, name, d.lastLine() + 1,
                        d.lastLine() + 1)));
                case DISABLE_FILE -> forEachName(d, name -> scopes.add(new Scope(d, name, 1, END)));
                case UNKNOWN -> {
                }
            }
        }
        open.values().forEach(scopes::addAll);
    }

    /** The directives of a parsed post, with the lines they stand on; empty when it has none. */
    public static Suppressions of(Post post) {
        List<Directive> directives = Directives.of(post);
        Map<Integer, String> lines = new HashMap<>();
        for (Directive d : directives) {
            post.line(d.at().line()).ifPresent(text -> lines.put(d.at().line(), text));
            for (Directive.Name n : d.names()) {
                post.line(n.at().line()).ifPresent(text -> lines.put(n.at().line(), text));
            }
        }
        return new Suppressions(post.path(), directives, lines);
    }

    private static void forEachName(Directive d, java.util.function.Consumer<Directive.Name> action) {
        if (d.isAboutEveryRule()) {
            action.accept(null);
        } else {
            d.names().forEach(action);
        }
    }

    private static String key(Directive.Name name) {
        return name == null ? "" : name.id();
    }

    private void close(List<Scope> list, int line) {
        if (list != null) {
            list.forEach(s -> scopes.add(new Scope(s.directive(), s.name(), s.from(), line)));
        }
    }

    public boolean isEmpty() {
        return directives.isEmpty();
    }

    public List<Directive> directives() {
        return directives;
    }

    /** The text of the lines the directives stand on, by line number. */
    public Map<Integer, String> lines() {
        return lines;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Optional<String> line(int number) {
        return Optional.ofNullable(lines.get(number));
    }

    /**
     * Whether a finding of rule {@code ruleId} of category {@code category} on {@code line} is
     * suppressed; every directive that suppresses it is marked used.
     */
    public boolean suppresses(String ruleId, String category, int line) {
        boolean suppressed = false;
        for (Scope s : scopes) {
            if (line >= s.from() && line <= s.to() && (s.name() == null || s.name().id().equals(ruleId)
                    || s.name().id().equals(category))) {
                used.add(s.name() == null ? s.directive() : s.name());
                suppressed = true;
            }
        }
        return suppressed;
    }

    /** Whether a name of a directive, or the directive itself when it names no rule, suppressed anything. */
    public boolean isUsed(Directive directive, Directive.Name name) {
        return used.contains(name == null ? directive : name);
    }
}
