package dev.skillbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST whose body is generated while it is sent, never held: {@code size} bytes of {@code x},
 * with a Content-Length or chunked. The status line is read while the body is still being written,
 * as a server may answer (and close) before it has read the body.
 */
public final class StreamingPost {

    private static final int PIECE = 64 * 1024;

    /** The answer's status, and how many body bytes were written before the server stopped taking them. */
    public record Result(int status, long written) {}

    private StreamingPost() {}

    public static Result send(int port, String path, long size, boolean chunked, Map<String, String> headers) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n")
                    .append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(out, size, chunked, written));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            socket.close(); // stops the writer if the server has not
            try {
                writer.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the writer ends with an IOException once the connection is closed
            }
            if (status == null) {
                throw new IOException("the connection was closed without an answer");
            }
            return new Result(Integer.parseInt(status.split(" ")[1]), written.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, long size, boolean chunked, AtomicLong written) {
        byte[] piece = new byte[PIECE];
        Arrays.fill(piece, (byte) 'x');
        try {
            for (long left = size; left > 0; ) {
                int n = (int) Math.min(PIECE, left);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(piece, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= n;
                written.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
