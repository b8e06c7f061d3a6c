package dev.postlint.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The type of a rule option, and how a value read from YAML is checked and converted. */
public abstract class OptionType<T> {
    public static final OptionType<Integer> INTEGER = new OptionType<>("a whole number", "integer") {
        @Override
        public Optional<Integer> convert(Object value) {
            return value instanceof Integer i ? Optional.of(i) : Optional.empty();
        }
    };
    public static final OptionType<Boolean> BOOLEAN = new OptionType<>("true or false", "boolean") {
        @Override
        public Optional<Boolean> convert(Object value) {
            return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
        }
    };
    public static final OptionType<String> STRING = new OptionType<>("a text", "string") {
        @Override
        public Optional<String> convert(Object value) {
            return value instanceof String s ? Optional.of(s) : Optional.empty();
        }
    };
    public static final OptionType<List<String>> STRING_LIST = new OptionType<>("a list of texts", "array") {
        @Override
        public Optional<List<String>> convert(Object value) {
            if (!(value instanceof List<?> list)) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    return Optional.empty();
                }
                out.add(s);
            }
            return Optional.of(List.copyOf(out));
        }
    };

    private final String description;
    private final String jsonType;

    private OptionType(String description, String jsonType) {
        this.description = description;
        this.jsonType = jsonType;
    }

    /** The JSON Schema type of the value ({@code integer}, {@code boolean}, {@code string}, {@code array} of strings). */
    public String jsonType() {
        return jsonType;
    }

    /** Human words for the expected value, used in config errors. */
    public String description() {
        return description;
    }

    public abstract Optional<T> convert(Object value);
}
