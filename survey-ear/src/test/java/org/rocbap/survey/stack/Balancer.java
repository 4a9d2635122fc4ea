package org.rocbap.survey.stack;

import io.undertow.Undertow;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The load balancer in front of a cluster's nodes: Undertow's load-balancing proxy, with sticky
 * sessions. A session's cookie ends with the name of the node that holds it ({@code .node1}), and the
 * balancer sends its requests there while that node answers; a node that refuses connections is left
 * aside for a few seconds and its users go on on another node, which has their session too.
 *
 * <p>The Host header goes through as the browser sent it, so that the nodes build the sign-in's return
 * address on the balancer's; X-Forwarded-* headers a proxy in front of it set are kept.
 */
final class Balancer implements AutoCloseable {

    /** How long a node that failed is left aside before it is asked again. */
    private static final int PROBLEM_SERVER_RETRY_SECONDS = 5;

    /**
     * Idle connections to a node are closed after this, well before WildFly closes them (its listener's
     * no-request-timeout, 60 s): a request sent on a connection the node is closing would fail.
     */
    private static final int IDLE_CONNECTION_MILLIS = 20_000;

    private static final HttpString HTTP2_SETTINGS = new HttpString("HTTP2-Settings");

    private static final Set<HttpString> READS = Set.of(Methods.GET, Methods.HEAD, Methods.OPTIONS);

    private final Undertow server;
    private final LoadBalancingProxyClient nodes;

    private Balancer(Undertow server, LoadBalancingProxyClient nodes) {
        this.server = server;
        this.nodes = nodes;
    }

    /**
     * Starts the balancer on {@code port} of localhost.
     *
     * @param routes each node's name (the session cookie's suffix) and address
     */
    static Balancer start(int port, Map<String, URI> routes) {
        LoadBalancingProxyClient nodes = new LoadBalancingProxyClient()
                .addSessionCookieName("JSESSIONID")
                .setProblemServerRetry(PROBLEM_SERVER_RETRY_SECONDS)
                // Every idle connection expires (by default the first five per thread would be kept).
                .setSoftMaxConnectionsPerThread(0)
                .setTtl(IDLE_CONNECTION_MILLIS)
                .setConnectionsPerThread(32);
        routes.forEach((route, address) -> nodes.addHost(address, route));
        ProxyHandler proxy = ProxyHandler.builder()
                .setProxyClient(nodes)
                // A request whose connection could not be opened has not reached any node: another may take it.
                .setMaxConnectionRetries(routes.size())
                // One that reached a node that then failed may have changed something there (a PUT too,
                // which HTTP calls idempotent): only reads are sent again.
                .setIdempotentRequestPredicate(exchange -> READS.contains(exchange.getRequestMethod()))
                .setReuseXForwarded(true)
                .build();
        Undertow server = Undertow.builder()
                .addHttpListener(port, "localhost")
                .setIoThreads(2)
                .setHandler(exchange -> {
                    // Java's HTTP client asks a new connection to switch to HTTP/2 (h2c); the balancer talks
                    // HTTP/1.1 to the nodes, which would switch that connection under it. As HAProxy and
                    // nginx do, the request goes on as HTTP/1.1.
                    if (exchange.getRequestHeaders().contains(HTTP2_SETTINGS)) {
                        exchange.getRequestHeaders().remove(Headers.UPGRADE);
                        exchange.getRequestHeaders().remove(HTTP2_SETTINGS);
                        exchange.getRequestHeaders().remove(Headers.CONNECTION);
                    }
                    proxy.handleRequest(exchange);
                })
                .build();
        server.start();
        return new Balancer(server, nodes);
    }

    @Override
    public void close() {
        nodes.closeCurrentConnections();
        server.stop();
    }
}
