package dev.postlint.core;

/** A second place that explains a finding, such as the summary item a heading disagrees with. */
public record RelatedLocation(String file, int line, int column, String message) {
}
