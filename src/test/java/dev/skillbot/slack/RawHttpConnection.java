package dev.skillbot.slack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A load generator's HTTP/1.1 keep-alive connection on loopback that reopens when the server closes it. */
final class RawHttpConnection implements AutoCloseable {

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttpConnection(int port) throws IOException {
        this.port = port;
        open();
    }

    private void open() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void exchange(byte[] request) throws IOException {
        send(request);
    }

    /** Sends a request and returns the body of its 200 answer. */
    String answer(byte[] request) throws IOException {
        return new String(send(request).body(), StandardCharsets.UTF_8);
    }

    /** A 200 answer as it came: its head (status line and headers, as sent) and its body's bytes. */
    record Answer(String head, byte[] body) {}

    /** Sends a request and returns its 200 answer whole. */
    Answer send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String head = readHead();
        String lower = head.toLowerCase(Locale.ROOT);
        if (!head.startsWith("HTTP/1.1 200") || lower.contains("transfer-encoding: chunked")) {
            throw new IllegalStateException("unexpected answer: " + head.strip());
        }
        int length = head.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(15).strip()))
                .findFirst()
                .orElse(0);
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
            throw new IOException("short body");
        }
        if (lower.contains("connection: close")) {
            socket.close();
            open();
        }
        return new Answer(head, body);
    }

    private String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            head.append((char) b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
