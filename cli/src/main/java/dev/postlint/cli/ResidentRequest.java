package dev.postlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One message from the launcher to the resident process: NUL-terminated fields, the first naming its kind.
 * {@code out} and {@code err} open the channels for a run's standard output and error; {@code run} carries the run itself (working
 * folder, whether standard input and output are a terminal, the environment variables postlint reads, the
 * arguments); {@code stop} ends the process. Each names the server's token, and runs their own id.
 */
record ResidentRequest(String kind, String token, String id, String workingDir, boolean interactive,
                       Map<String, String> environment, List<String> args) {
    /** Enough for thousands of paths a pre-commit hook passes; more is no launcher of ours. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_COUNT = 100_000;

    static ResidentRequest read(InputStream in) throws IOException {
        Fields fields = new Fields(in);
        String kind = fields.next();
        String token = fields.next();
        switch (kind) {
            case "stop":
                return new ResidentRequest(kind, token, "", "", false, Map.of(), List.of());
            case "out", "err":
                return new ResidentRequest(kind, token, fields.next(), "", false, Map.of(), List.of());
            case "run":
                break;
            default:
                throw new IOException("unknown request '" + kind + "'");
        }
        String id = fields.next();
        String workingDir = fields.next();
        boolean interactive = "1".equals(fields.next());
        Map<String, String> environment = new TreeMap<>();
        for (int i = fields.count(); i > 0; i--) {
            String variable = fields.next();
            int equals = variable.indexOf('=');
            if (equals <= 0) {
                throw new IOException("not NAME=VALUE: '" + variable + "'");
            }
            environment.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        List<String> args = new ArrayList<>();
        for (int i = fields.count(); i > 0; i--) {
            args.add(fields.next());
        }
        return new ResidentRequest(kind, token, id, workingDir, interactive, Map.copyOf(environment), List.copyOf(args));
    }

    private static final class Fields {
        private final InputStream in;
        private int read;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the request ended early");
                }
                if (++read > MAX_BYTES) {
                    throw new IOException("the request is larger than " + MAX_BYTES + " bytes");
                }
                field.write(b);
            }
            return field.toString(StandardCharsets.UTF_8);
        }

        int count() throws IOException {
            String text = next();
            try {
                int count = Integer.parseInt(text);
                if (count < 0 || count > MAX_COUNT) {
                    throw new IOException("a count out of range: " + count);
                }
                return count;
            } catch (NumberFormatException e) {
                throw new IOException("not a count: '" + text + "'");
            }
        }
    }
}
