package dev.postlint.core.rule;

import java.util.List;

/** A named, typed setting of a rule with its default. */
public record RuleOption<T>(String name, OptionType<T> type, T defaultValue, String description) {

    public static RuleOption<Integer> integer(String name, int defaultValue, String description) {
        return new RuleOption<>(name, OptionType.INTEGER, defaultValue, description);
    }

    public static RuleOption<Boolean> bool(String name, boolean defaultValue, String description) {
        return new RuleOption<>(name, OptionType.BOOLEAN, defaultValue, description);
    }

    public static RuleOption<String> string(String name, String defaultValue, String description) {
        return new RuleOption<>(name, OptionType.STRING, defaultValue, description);
    }

    public static RuleOption<List<String>> strings(String name, List<String> defaultValue, String description) {
        return new RuleOption<>(name, OptionType.STRING_LIST, List.copyOf(defaultValue), description);
    }
}
