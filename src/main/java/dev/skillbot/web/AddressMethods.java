package dev.skillbot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The methods an address takes, asked of the application itself with an {@code OPTIONS} request to it (which
 * changes nothing), for a request Tomcat refused before any servlet saw it: it refuses {@code TRACE} on every
 * address and names in {@code Allow} whatever the servlet class has Java methods for, which says nothing about the
 * address. The question is an include, not a forward: a forward ends by committing the real response.
 */
final class AddressMethods {

    private AddressMethods() {}

    /**
     * @param request the error dispatch of the refused request
     * @param response its response, which the question leaves untouched
     * @param address the refused request's address, as it was sent
     * @return what {@code OPTIONS} answered there: its status and {@code Allow} (null when it named none)
     */
    static Optional<Answer> of(HttpServletRequest request, HttpServletResponse response, String address) {
        try {
            RequestDispatcher dispatcher = request.getRequestDispatcher(address);
            if (dispatcher == null) {
                return Optional.empty();
            }
            Probe probe = new Probe(response);
            dispatcher.include(new Options(request), probe);
            return Optional.of(new Answer(probe.status, probe.allow));
        } catch (ServletException | IOException | RuntimeException cannotAsk) {
            return Optional.empty();
        }
    }

    record Answer(int status, String allow) {}

    /** The refused request as an OPTIONS request, without the error dispatch's attributes (the error page's own). */
    private static final class Options extends RequestAs {

        Options(HttpServletRequest request) {
            super(request, "OPTIONS");
        }

        @Override
        public Object getAttribute(String name) {
            return name.startsWith("jakarta.servlet.error.") ? null : super.getAttribute(name);
        }
    }

    /** Keeps the status and {@code Allow} the answer sets, and nothing of it reaches the real response. */
    private static final class Probe extends HttpServletResponseWrapper {

        private int status = SC_OK;
        private String allow;
        private final PrintWriter discarded = new PrintWriter(Writer.nullWriter());

        Probe(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int status) {
            this.status = status;
        }

        @Override
        public void sendError(int status, String message) {
            this.status = status;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Allow".equalsIgnoreCase(name)) {
                allow = value;
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Allow".equalsIgnoreCase(name)) {
                allow = allow == null ? value : allow + "," + value;
            }
        }

        @Override
        public String getHeader(String name) {
            return "Allow".equalsIgnoreCase(name) ? allow : null;
        }

        @Override
        public boolean containsHeader(String name) {
            return "Allow".equalsIgnoreCase(name) && allow != null;
        }

        @Override
        public void setDateHeader(String name, long date) {}

        @Override
        public void addDateHeader(String name, long date) {}

        @Override
        public void setIntHeader(String name, int value) {}

        @Override
        public void addIntHeader(String name, int value) {}

        @Override
        public void setContentType(String type) {}

        @Override
        public void setContentLength(int length) {}

        @Override
        public void setContentLengthLong(long length) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void setBufferSize(int size) {}

        @Override
        public PrintWriter getWriter() {
            return discarded;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {}

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }

        @Override
        public void flushBuffer() {}

        @Override
        public void resetBuffer() {}

        @Override
        public void reset() {
            status = SC_OK;
            allow = null;
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
