package dev.postlint.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a run keeps the packed details of its posts once those in memory pass a budget (and the result
 * cache its deflated summaries, past the same budget of its own): a temporary
 * file, removed from its folder as soon as it is open (so nothing is left behind, even when the run is
 * killed) and read back by position. A site of 1,000 posts never gets here; one of 50,000 keeps its
 * summaries' bulk on disk, and the memory a run needs stops growing with its posts.
 */
public final class SummarySpill implements AutoCloseable {
    /** Packed bytes a run keeps in memory before it spills. */
    public static final long DEFAULT_BUDGET = 32L << 20;

    private final long budget;
    private final AtomicLong inMemory = new AtomicLong();
    private FileChannel channel;
    private long end;
    private boolean failed;
    private boolean closed;

    public SummarySpill(long budget) {
        this.budget = budget;
    }

    /** The summary itself while the budget lasts, then one whose details are on disk. */
    public PostSummary keep(PostSummary summary) {
        return admits(summary.details().packedSize()) ? summary
                : summary.details().spillTo(this).map(summary::withDetails).orElse(summary);
    }

    /** Whether {@code size} more bytes still fit in the budget in memory; they are counted when they do. */
    public boolean admits(int size) {
        if (inMemory.addAndGet(size) <= budget) {
            return true;
        }
        inMemory.addAndGet(-size);
        return false;
    }

    /** Where {@code bytes} now start in the file, or -1 when the disk refused them (they stay in memory). */
    public synchronized long append(byte[] bytes) {
        if (failed || closed) {
            return -1;
        }
        try {
            if (channel == null) {
                Path file = Files.createTempFile("postlint-", ".summaries");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    // a system that cannot remove an open file removes it when the channel closes
                }
            }
            long at = end;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, end + buffer.position());
            }
            end += bytes.length;
            return at;
        } catch (IOException | UnsupportedOperationException e) {
            failed = true;
            return -1;
        }
    }

    /** The {@code length} bytes appended at {@code offset}. */
    public byte[] read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the run's temporary file of post summaries cannot be read", e);
        }
        return buffer.array();
    }

    /** The bytes written to the file so far. */
    public synchronized long written() {
        return end;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // removed from its folder already; its space is freed with the channel either way
            }
        }
    }
}
