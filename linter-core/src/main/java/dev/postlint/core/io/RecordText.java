package dev.postlint.core.io;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

/**
 * A record's text exactly as Java's own {@code toString} writes it ({@code Name[a=1, b=x]}, from the fields), for
 * records whose text enters a cache key. Java makes a record's {@code toString} at its first call from method
 * handles, which cost a cold JVM several milliseconds per record class; reading the fields by reflection does not
 * (docs/performance.md).
 */
public final class RecordText {
    private RecordText() {
    }

    public static String of(Record record) {
        Class<?> type = record.getClass();
        StringBuilder text = new StringBuilder(type.getSimpleName()).append('[');
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(field(type, components[i].getName(), record));
        }
        return text.append(']').toString();
    }

    private static Object field(Class<?> type, String name, Record record) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + name, e);
        }
    }
}
