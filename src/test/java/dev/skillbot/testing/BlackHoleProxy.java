package dev.skillbot.testing;

import dev.skillbot.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on the loopback interface in front of a server, such as a database. {@link #freeze}
 * makes it a black hole: connections stay open and new ones are accepted, but no byte passes in
 * either direction, as when a network path or a database server hangs; {@link #thaw} lets the
 * bytes held back and every later one through again. {@link #refuse} closes each new connection at
 * once, as a server that is down does, until {@link #admit}.
 */
public final class BlackHoleProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean frozen;
    private volatile boolean refusing;

    private BlackHoleProxy(int target) {
        this.target = target;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DaemonThreads.start("black-hole-accept", this::accept);
    }

    /** A proxy to the server listening on {@code port} of the loopback interface. */
    public static BlackHoleProxy to(int port) {
        return new BlackHoleProxy(port);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void freeze() {
        synchronized (gate) {
            frozen = true;
        }
    }

    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    public void refuse() {
        refusing = true;
    }

    public void admit() {
        refusing = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(upstream);
                DaemonThreads.start("black-hole-up", () -> pump(client, upstream));
                DaemonThreads.start("black-hole-down", () -> pump(upstream, client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    /** Copies one direction, holding every chunk at the gate while frozen. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                passGate();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed, or the proxy did
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void passGate() throws InterruptedException {
        synchronized (gate) {
            while (frozen) {
                gate.wait();
            }
        }
    }

    @Override
    public void close() {
        thaw();
        closeQuietly(server);
        sockets.forEach(BlackHoleProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
