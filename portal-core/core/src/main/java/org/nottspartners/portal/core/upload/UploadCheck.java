package org.nottspartners.portal.core.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.nottspartners.portal.core.persistence.TooLargeException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * Reads an uploaded file up to a size limit and decides what it is from its bytes (Apache Tika's magic-number detector),
 * never from its name or the type the browser claimed: a program renamed {@code certificate.pdf} is refused as what it
 * is. The kinds a module accepts are named by media type, each with the words a user knows ("a PDF").
 */
public final class UploadCheck {

    /** PDFs, JPEG and PNG pictures: the kinds of document people scan or photograph. */
    public static final Map<String, String> DOCUMENTS = Map.of("application/pdf", "a PDF", "image/jpeg", "a JPEG picture",
            "image/png", "a PNG picture");

    private static final Tika TIKA = new Tika();

    /** A file read and accepted: its bytes and what it is. */
    public record Accepted(byte[] content, String mediaType) {
    }

    private UploadCheck() {
    }

    /**
     * Reads at most {@code maxBytes} and checks the content is one of {@code allowed} (media type to words).
     *
     * @param field the form field, for the message
     * @throws TooLargeException     when the file is larger than the limit (nothing is kept)
     * @throws InvalidInputException when it is empty or of another kind, saying what it looks like
     */
    public static Accepted check(InputStream in, long maxBytes, Map<String, String> allowed, String field) {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw new TooLargeException("The file is larger than " + (maxBytes / (1024 * 1024)) + " MB. Send a smaller file"
                    + " (a scan at a lower resolution, say); nothing has been saved.");
        }
        if (content.length == 0) {
            throw new InvalidInputException(field, "The file is empty: choose the file again");
        }
        String type = detect(content);
        if (!allowed.containsKey(type)) {
            Set<String> words = Set.copyOf(allowed.values());
            throw new InvalidInputException(field, "The file must be " + words.stream().sorted().collect(Collectors.joining(" or "))
                    + ". This file is " + inWords(type) + ", whatever its name says.");
        }
        return new Accepted(content, type);
    }

    /** What the bytes are, as a media type ({@code application/octet-stream} when nothing is recognised). */
    public static String detect(byte[] content) {
        try {
            return TIKA.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inWords(String type) {
        if (type.contains("msdownload") || type.contains("executable") || type.contains("x-elf") || type.contains("sharedlib")
                || type.contains("mach-o")) {
            return "a program";
        }
        if (type.startsWith("text/")) {
            return "text";
        }
        if ("application/octet-stream".equals(type)) {
            return "of a kind the portal does not recognise";
        }
        return "of the kind " + type;
    }
}
