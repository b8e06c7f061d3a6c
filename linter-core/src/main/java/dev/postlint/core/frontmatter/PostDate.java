package dev.postlint.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as static-site generators write them: {@code 2021-03-29}, {@code 2021-03-29 21:00:00 +0000},
 * {@code 2021-03-29T21:00:00+01:00}. Only the calendar date matters to the rules; it is taken as
 * written, because that is the date a reader sees.
 */
public final class PostDate {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[Tt ]\\s*\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?"
                    + "(?:\\s*(?:Z|z|[+-]\\d{2}(?::?\\d{2})?|[A-Z]{2,5}))?");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-");

    private PostDate() {
    }

    /** The calendar date of a front-matter date text, or empty when it is not a valid date. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? toDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** True when the file name starts with something shaped like a date, valid or not. */
    public static boolean fileNameHasDate(String fileName) {
        return FILE_NAME_DATE.matcher(fileName).find();
    }

    /** The {@code YYYY-MM-DD-} prefix of a Jekyll post's file name, if it is a valid date. */
    public static Optional<LocalDate> fromFileName(String fileName) {
        Matcher m = FILE_NAME_DATE.matcher(fileName);
        return m.find() ? toDate(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The post's publication date: the front-matter {@code date}, else the file name's date. */
    public static Optional<LocalDate> of(FrontMatter frontMatter, String fileName) {
        Optional<LocalDate> fromFrontMatter = frontMatter.text("date").flatMap(PostDate::parse);
        return fromFrontMatter.isPresent() ? fromFrontMatter : fromFileName(fileName);
    }

    private static Optional<LocalDate> toDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
