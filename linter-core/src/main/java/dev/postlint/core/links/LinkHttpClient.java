package dev.postlint.core.links;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of one link check run: it follows no redirects, retries nothing, keeps no cookies and
 * uses no proxy (the checker decides all of that), and it connects only to addresses its
 * {@link DnsResolver} hands it, keeping the host name for the Host header and the TLS server name.
 */
final class LinkHttpClient implements AutoCloseable {
    private final CloseableHttpAsyncClient client;

    LinkHttpClient(Duration timeout, int maxConnections, int maxPerHost, DnsResolver resolver) {
        Timeout t = Timeout.ofMilliseconds(Math.max(1, timeout.toMillis()));
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxPerHost)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t)
                                .build())
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
        client.start();
    }

    /** Sends one request; the reply carries at most {@code bodyLimit} bytes of the body; slower than {@code deadline} fails. */
    CompletableFuture<Reply> send(URI uri, String method, Map<String, String> headers, int bodyLimit, Duration deadline) {
        AsyncRequestBuilder request = AsyncRequestBuilder.create(method).setUri(uri);
        headers.forEach(request::addHeader);
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        Future<Reply> exchange = client.execute(request.build(), new ReplyConsumer(bodyLimit), new FutureCallback<>() {
            @Override
            public void completed(Reply result) {
                reply.complete(result);
            }

            @Override
            public void failed(Exception e) {
                reply.completeExceptionally(e);
            }

            @Override
            public void cancelled() {
                reply.completeExceptionally(new CancellationException());
            }
        });
        return reply.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
            if (e != null) {
                exchange.cancel(true);
            }
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE); // every exchange has ended: nothing is cut short
    }
}
