package dev.postlint.core.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regular-expression matches made linear: the originals call
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole rest of the paragraph on every
 * match, so a paragraph of 50,000 HTML tags, entities or images took minutes. Same results, no copy.
 * The patterns read the paragraph as a string, made once per paragraph.
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /** The paragraph being parsed as a string, which patterns read faster than flexmark's sequence. */
    private BasedSequence textOf;
    private String text;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i <= m.groupCount(); i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** The next match of {@code re} from the current index, which moves past it; null when there is none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        if (input != textOf) {
            textOf = input;
            text = MarkdownText.string(input);
        }
        Matcher m = re.matcher(text);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
