package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's tables extension for parsing, with its paragraph pre-processor run only on paragraphs that
 * hold a {@code |}: every form of the delimiter row its pattern accepts has one, so no other paragraph
 * can become a table. The pre-processor, which compiles that pattern each time it is made, is made once
 * per document and only when a paragraph needs it. Parsing is unchanged ({@code GatedBlockStartTest}).
 */
final class GatedTables implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

        @Override
        public ParagraphPreProcessor apply(ParserState document) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor made;
                /** The first '|' at or after {@code searchedFrom} in the document's text, or MAX_VALUE for none. */
                private int nextPipe = -1;
                private int searchedFrom = Integer.MAX_VALUE;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState state) {
                    if (!holdsPipe(paragraph.getChars())) {
                        return 0;
                    }
                    if (made == null) {
                        made = tables.apply(document);
                    }
                    return made.preProcessBlock(paragraph, state);
                }

                /** With the JDK's indexOf, searched again only when a paragraph starts before the last search or past its find. */
                private boolean holdsPipe(BasedSequence chars) {
                    if (!(chars.getBase() instanceof String text)) {
                        return chars.indexOf('|') >= 0;
                    }
                    int start = chars.getStartOffset();
                    if (start < searchedFrom || start > nextPipe) {
                        int found = text.indexOf('|', start);
                        nextPipe = found < 0 ? Integer.MAX_VALUE : found;
                        searchedFrom = start;
                    }
                    return nextPipe < chars.getEndOffset();
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
