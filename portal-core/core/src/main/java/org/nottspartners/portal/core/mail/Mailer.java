package org.nottspartners.portal.core.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the portal's messages over SMTP (Jakarta Mail, as Payara provides it) after the transaction that fired them has
 * committed. The server is configuration: {@code portal.mail.smtp-host} and {@code portal.mail.smtp-port} (by default
 * the local catcher command 1 starts, 127.0.0.1:3025) and {@code portal.mail.from}. A message that cannot be sent is
 * logged with its subject and recipients and never undoes the change it reports (the record it belongs to keeps what was
 * sent, for the officer to send again).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mail.smtp-host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp-port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "no-reply@portal.nottspartners.invalid")
    String from;

    /** Sends a message fired in a transaction, once it has committed. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        send(mail);
    }

    /** Sends now; answers whether every recipient's message was accepted by the server. */
    public boolean send(OutgoingMail mail) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(props);
        boolean all = true;
        for (String to : mail.to()) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
                message.setSubject(mail.subject(), "UTF-8");
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), "UTF-8");
                parts.addBodyPart(text);
                for (OutgoingMail.Attachment a : mail.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    file.setFileName(a.fileName());
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
                Transport.send(message);
            } catch (MessagingException | RuntimeException e) {
                all = false;
                LOG.log(Level.WARNING, "Could not send '" + mail.subject() + "' to " + to + " through " + host + ":" + port, e);
            }
        }
        return all;
    }
}
