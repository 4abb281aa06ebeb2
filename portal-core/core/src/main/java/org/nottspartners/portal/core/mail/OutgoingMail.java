package org.nottspartners.portal.core.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message to send once the transaction that made it commits: fire it as a CDI event ({@code Event<OutgoingMail>}).
 *
 * @param to          the addresses, each a separate message (no recipient sees another's address)
 * @param subject     the subject line
 * @param text        the message in plain words
 * @param attachments files sent with it (a licence's PDF)
 */
public record OutgoingMail(List<String> to, String subject, String text, List<Attachment> attachments) {

    /** A file sent with a message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public OutgoingMail {
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }
}
