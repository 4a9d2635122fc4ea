package org.rocbap.survey.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback proxy between the browser and the server that can cut the connection: a real outage,
 * which reaches the page's service worker too (DevTools' offline emulation does not). It passes
 * everything, refuses every connection (no network), or passes requests on and swallows the answers
 * (the server did the work, the browser never hears of it).
 */
final class FlakyLink implements AutoCloseable {

    enum Mode {
        PASS,
        REFUSE,
        SWALLOW_ANSWERS
    }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger swallowed = new AtomicInteger();
    private volatile Mode mode = Mode.PASS;

    /** A proxy to the server of {@code target} (scheme, host and port are used). */
    FlakyLink(URI target) {
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "flaky-link");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code address} (of the server) as reached through this proxy. */
    String through(String address) {
        URI uri = URI.create(address);
        return "http://localhost:" + listener.getLocalPort() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Changes what the link does; connections already open are cut, as a dropped network would. */
    void set(Mode next) {
        mode = next;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** How many answers of the server the link has swallowed so far. */
    int swallowed() {
        return swallowed.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.REFUSE) {
                    client.setSoLinger(true, 0);
                    client.close();
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    // One connection failed (the server refused it): the browser sees a reset, and the next one is
                    // tried.
                    continue;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16_384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            if (answers && mode != Mode.PASS) {
                                // The server answered; the browser never hears of it.
                                swallowed.incrementAndGet();
                                break;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // The other side closed: so does this one, below.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "flaky-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that was asked.
        }
    }

    @Override
    public void close() {
        set(Mode.REFUSE);
        try {
            listener.close();
        } catch (IOException e) {
            // Closing is all that was asked.
        }
    }
}
