package dev.postlint.core.pipeline;

import java.util.function.IntSupplier;

/** How large a check is, known once its files are collected and before any is read. */
public final class RunSize {
    private final int files;
    private final IntSupplier toRead;
    private int filesToRead = -1;

    RunSize(int files, IntSupplier toRead) {
        this.files = files;
        this.toRead = toRead;
    }

    /** The files the check covers. */
    public int files() {
        return files;
    }

    /**
     * The files it will read and check, the others' results being taken from the result cache; worked
     * out on first call, which waits until the cache is read and looks at each file's stamp.
     */
    public int filesToRead() {
        if (filesToRead < 0) {
            filesToRead = toRead.getAsInt();
        }
        return filesToRead;
    }
}
