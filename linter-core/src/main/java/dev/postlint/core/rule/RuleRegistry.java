package dev.postlint.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** All rules known to this run, found with {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    public RuleRegistry(List<? extends Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : sorted) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("Two rules share the id '" + rule.id() + "'");
            }
        }
        this.rules = byId;
    }

    /**
     * The rules postlint comes with, found once per JVM: rules keep no state, and a process that serves run
     * after run (the resident process, the language server) would otherwise instantiate them all every time.
     */
    public static RuleRegistry loadBuiltIn() {
        return BuiltIn.REGISTRY;
    }

    private static final class BuiltIn {
        static final RuleRegistry REGISTRY = load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /** Every name config and suppressions take for rules: the rule ids and the category ids. */
    public java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>(rules.keySet());
        for (Category c : Category.values()) {
            names.add(c.id());
        }
        return names;
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
