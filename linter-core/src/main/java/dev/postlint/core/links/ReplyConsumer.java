package dev.postlint.core.links;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Takes a response's status and the headers a link checker reads, and at most {@code bodyLimit} bytes
 * of its body; the reply is complete as soon as that is had, and the rest of the body is refused, which
 * closes the connection instead of reading on.
 */
final class ReplyConsumer implements AsyncResponseConsumer<Reply> {
    private final int bodyLimit;
    private FutureCallback<Reply> callback;
    private int status;
    private Map<String, String> headers;
    private ByteArrayOutputStream body;
    private boolean done;

    ReplyConsumer(int bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Reply> resultCallback) {
        this.callback = resultCallback;
        this.status = response.getCode();
        this.headers = new HashMap<>();
        for (String name : Reply.READ) {
            Header h = response.getFirstHeader(name);
            if (h != null) {
                headers.put(name, h.getValue());
            }
        }
        if (entity == null || bodyLimit == 0) {
            complete(Optional.empty());
        } else {
            body = new ByteArrayOutputStream();
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers say nothing about the link.
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (done) {
            throw new IOException("the rest of the body is not needed");
        }
        int take = Math.min(src.remaining(), bodyLimit - body.size());
        byte[] chunk = new byte[take];
        src.get(chunk);
        body.write(chunk);
        if (body.size() >= bodyLimit) {
            completeWithBody();
            throw new IOException("the rest of the body is not needed");
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        if (!done) {
            completeWithBody();
        }
    }

    private void completeWithBody() {
        complete(Optional.of(body.toString(StandardCharsets.UTF_8)));
    }

    private void complete(Optional<String> text) {
        done = true;
        callback.completed(new Reply(status, headers, text));
    }

    @Override
    public void failed(Exception cause) {
        // The client reports the failure of the exchange itself.
    }

    @Override
    public void releaseResources() {
        body = null;
    }
}
