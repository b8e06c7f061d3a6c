package dev.postlint.core.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * One of flexmark's heading, fenced-code, list and thematic-break factories, asked only when the first character
 * of the line after its indent can start such a block; for any other line its answer is "none" without
 * asking. flexmark asks every factory at each line a block may start on, most of all every line of every
 * paragraph, and these four run a regular expression there; the fence's and the list's are anchored at
 * the start but run with {@code find()}, which Java tries again at each position of the line. Each core
 * factory's patterns require the characters tested here at the start, so the parse is the same
 * ({@code GatedBlockStartTest} compares whole documents). Each gate takes its core factory's place in
 * flexmark's ordering: its dependencies are the core one's, with the gated classes swapped.
 */
abstract class GatedBlockStart implements CustomBlockParserFactory {
    private static final Map<Class<?>, Class<?>> GATED = Map.of(
            HeadingParser.Factory.class, Headings.class,
            FencedCodeBlockParser.Factory.class, Fences.class,
            ThematicBreakParser.Factory.class, ThematicBreaks.class,
            ListBlockParser.Factory.class, Lists.class);

    private final CustomBlockParserFactory core;
    private final Function<DataHolder, IntPredicate> startsWith;

    private GatedBlockStart(CustomBlockParserFactory core, Function<DataHolder, IntPredicate> startsWith) {
        this.core = core;
        this.startsWith = startsWith;
    }

    /** Turns the four core factories off in these options and returns their gates, to add to the builder. */
    static List<CustomBlockParserFactory> replaceCore(MutableDataSet options) {
        for (DataKey<Boolean> key : List.of(Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER,
                Parser.THEMATIC_BREAK_PARSER, Parser.LIST_BLOCK_PARSER)) {
            options.set(key, false);
        }
        return List.of(new Headings(), new Fences(), new ThematicBreaks(), new Lists());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory factory = core.apply(options);
        IntPredicate starts = startsWith.apply(options);
        return (ParserState state, MatchedBlockParser matched) -> {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            return first < line.length() && starts.test(line.charAt(first))
                    ? factory.tryStart(state, matched) : BlockStart.none();
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return gated(core.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return gated(core.getBeforeDependents());
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    private static Set<Class<?>> gated(Set<Class<?>> dependents) {
        if (dependents == null) {
            return null;
        }
        Set<Class<?>> swapped = new HashSet<>();
        for (Class<?> dependent : dependents) {
            swapped.add(GATED.getOrDefault(dependent, dependent));
        }
        return swapped;
    }

    /** ATX headings' {@code #}, setext underlines of {@code =} or {@code -}. */
    static final class Headings extends GatedBlockStart {
        Headings() {
            super(new HeadingParser.Factory(), options -> c -> c == '#' || c == '=' || c == '-');
        }
    }

    /** Opening fences: three or more backticks or tildes. */
    static final class Fences extends GatedBlockStart {
        Fences() {
            super(new FencedCodeBlockParser.Factory(), options -> c -> c == '`' || c == '~');
        }
    }

    /** Three or more {@code *}, {@code _} or {@code -}, spaces between them allowed. */
    static final class ThematicBreaks extends GatedBlockStart {
        ThematicBreaks() {
            super(new ThematicBreakParser.Factory(), options -> c -> c == '*' || c == '_' || c == '-');
        }
    }

    /** A bullet of the configured item prefixes, or the digits of an ordered item. */
    static final class Lists extends GatedBlockStart {
        Lists() {
            super(new ListBlockParser.Factory(), options -> {
                String bullets = Parser.LISTS_ITEM_PREFIX_CHARS.get(options);
                return c -> c >= '0' && c <= '9' || bullets.indexOf(c) >= 0;
            });
        }
    }
}
