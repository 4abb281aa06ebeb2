package org.nottspartners.portal.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail server on this machine that the portal's Keycloak sends through (e-mail verification for members of the
 * public who register): GreenMail's SMTP server on loopback, keeping every message in memory instead of delivering
 * it. Command 1 prints each message's recipient, subject and links, so that a developer can follow a verification
 * link; the tests read the messages. A council points Keycloak's realm at its own mail relay instead
 * ({@code smtpServer} in the realm).
 */
public final class MailCatcher implements AutoCloseable {

    /** The SMTP port the realm file names ({@code smtpServer.port} in {@code keycloak/portal-realm.json}). */
    public static final int SMTP_PORT = 3025;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private final GreenMail server;

    private MailCatcher(GreenMail server) {
        this.server = server;
    }

    /** Starts the SMTP server on 127.0.0.1. */
    public static MailCatcher start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailCatcher(server);
    }

    /** One message as received. */
    public record Mail(List<String> to, String subject, String body) {

        /** The links in the message, in order. */
        public List<String> links() {
            List<String> links = new ArrayList<>();
            Matcher m = LINK.matcher(body.replace("&amp;", "&"));
            while (m.find()) {
                links.add(m.group());
            }
            return links;
        }
    }

    /** Every message received so far, oldest first. */
    public List<Mail> messages() {
        return Arrays.stream(server.getReceivedMessages()).map(MailCatcher::read).toList();
    }

    /** The first message to the address, waiting for it up to the timeout. */
    public Optional<Mail> awaitMessageTo(String address, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        do {
            Optional<Mail> found = messages().stream().filter(m -> m.to().contains(address)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    private static Mail read(Message message) {
        try {
            jakarta.mail.Address[] recipients = message.getAllRecipients();
            List<String> to = recipients == null ? List.of() : Arrays.stream(recipients).map(Object::toString).toList();
            return new Mail(to, message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a received message: " + e.getMessage(), e);
        }
    }

    /** The message's plain text, decoded (Keycloak sends plain text and HTML together). */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            for (int i = 0; i < parts.getCount(); i++) {
                String text = text(parts.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop();
    }
}
