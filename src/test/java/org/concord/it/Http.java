package org.concord.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raw HTTP/1.1 for the attack tests: the request line is sent byte for byte as written
 * ({@code ..%2f}, {@code //host}, {@code ;}, backslashes), which Java's HTTP client would
 * normalise or refuse, with the session cookie of a browser when given.
 */
final class Http {

    /** A response: status, headers (names lower-cased, in order) and body. */
    record Response(int status, List<String[]> headers, String body) {

        List<String> all(String name) {
            return headers.stream().filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT))).map(h -> h[1]).toList();
        }

        String header(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    private Http() {
    }

    static Response get(ConcordServer server, String rawTarget, String cookie) throws IOException {
        return send(server, "GET " + rawTarget + " HTTP/1.1\r\n", cookie, null, null);
    }

    static Response post(ConcordServer server, String rawTarget, String cookie, String form, boolean ajax) throws IOException {
        String extra = "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n"
                + (ajax ? "Faces-Request: partial/ajax\r\nX-Requested-With: XMLHttpRequest\r\n" : "");
        return send(server, "POST " + rawTarget + " HTTP/1.1\r\n", cookie, extra, form);
    }

    private static Response send(ConcordServer server, String requestLine, String cookie, String extra, String body)
            throws IOException {
        int port = Integer.parseInt(server.url("").replaceAll(".*:(\\d+)$", "$1"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(requestLine).append("Host: localhost:").append(port).append("\r\n")
                    .append("Accept-Language: en\r\nConnection: close\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (extra != null) {
                request.append(extra);
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip()});
        }
        return new Response(status, headers, body);
    }

    /** The browser's cookies for Concord, to send with raw requests as that browser. */
    static String cookieOf(Browser browser) {
        // every cookie the browser holds, as the browser itself would send them (the session id, and
        // the session's version that Payara adds for a distributable application, among them)
        var cookies = browser.driver().manage().getCookies();
        return cookies.isEmpty() ? null : cookies.stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
