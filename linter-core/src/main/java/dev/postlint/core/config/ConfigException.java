package dev.postlint.core.config;

import dev.postlint.core.source.Position;
import java.nio.file.Path;

/** A config file postlint cannot use; the message names the file, line and column. */
public class ConfigException extends Exception {
    public ConfigException(Path file, Position at, String message) {
        super(file + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    public ConfigException(String message) {
        super(message);
    }
}
