package org.concord.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server for the mailer's failure cases, which GreenMail does not play: it refuses
 * the recipients it is told to (550), and can hang up for good after accepting a number of
 * messages, as a mail server that dies in the middle of a mailing.
 */
final class FakeSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final Set<String> refused;
    private final int hangUpAfter;
    final List<String> accepted = new CopyOnWriteArrayList<>();

    FakeSmtp(Set<String> refused, int hangUpAfter) throws IOException {
        this.server = new ServerSocket(0);
        this.refused = refused;
        this.hangUpAfter = hangUpAfter;
        Thread thread = new Thread(this::serve, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        try (Socket socket = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 fake ESMTP");
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 fake");
                } else if (command.startsWith("RCPT TO:")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, refused.contains(recipient) ? "550 5.1.1 no such user" : "250 ok");
                } else if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        // the message itself is not kept
                    }
                    accepted.add(recipient);
                    reply(out, "250 accepted");
                    if (accepted.size() >= hangUpAfter) {
                        return;
                    }
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
