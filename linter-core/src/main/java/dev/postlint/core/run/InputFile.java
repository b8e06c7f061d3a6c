package dev.postlint.core.run;

import java.nio.file.Path;

/** A file to check: where it is, and the path to show the user (as they gave it). */
public record InputFile(String displayPath, Path path) {
}
