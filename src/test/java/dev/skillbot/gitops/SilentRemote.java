package dev.skillbot.gitops;

import dev.skillbot.concurrent.DaemonThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Git remote that hangs: it accepts every connection on 127.0.0.1 and never answers, until closed. */
final class SilentRemote implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    SilentRemote() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        DaemonThreads.start("silent-remote", this::accept);
    }

    /** An HTTP URL of a repository on this server, with {@code userInfo} (such as {@code user:token}) if not blank. */
    String url(String userInfo) {
        return "http://" + (userInfo.isBlank() ? "" : userInfo + "@") + "127.0.0.1:" + server.getLocalPort()
                + "/skills.git";
    }

    /** How many connections it has taken and holds. */
    int accepted() {
        return held.size();
    }

    private void accept() {
        try {
            while (!server.isClosed()) {
                held.add(server.accept());
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
