package dev.skillbot.slack;

import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;

/**
 * RFC 6455's draft, except that a close frame answering ours completes the handshake instead of
 * being echoed: {@link SocketModeConnection} closes with the whole handshake.
 */
final class CloseReplyDraft extends Draft_6455 {

    /** The closing handshake as this side sees it, shared by the connection and its draft. */
    static final class Handshake {
        final AtomicBoolean closeSent = new AtomicBoolean();
        volatile boolean answered;
    }

    private final Handshake handshake;

    CloseReplyDraft(Handshake handshake) {
        this.handshake = handshake;
    }

    @Override
    public void processFrame(WebSocketImpl socket, Framedata frame) throws InvalidDataException {
        if (frame instanceof CloseFrame reply && handshake.closeSent.get()) {
            handshake.answered = true;
            socket.closeConnection(reply.getCloseCode(), reply.getMessage(), true);
        } else {
            super.processFrame(socket, frame);
        }
    }

    @Override
    public Draft copyInstance() {
        return new CloseReplyDraft(handshake);
    }
}
