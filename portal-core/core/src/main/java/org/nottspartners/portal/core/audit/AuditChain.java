package org.nottspartners.portal.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The chain sealing a council's audit events, as plain logic: each link is the SHA-256 hash of the link before it and
 * of the event's content, so changing, removing or reordering anything sealed breaks every link from there on. Someone
 * able to write the seals as well could recompute every later link: the last link, kept outside the database and
 * compared later, shows that too.
 * {@link AuditSeals} reads and writes it in the database.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /** The link sealing an event: the hash of the previous link (empty for a council's first) and the event's content. */
    public static byte[] link(byte[] previous, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(content);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * One sealed event as found: its seal and the content of the event it seals now ({@code null} if that event is gone).
     */
    public record Sealed(long eventId, Long previousEventId, byte[] hash, byte[] content) {
    }

    /** Where the chain first fails, in words. */
    public record Break(long eventId, String what) {
    }

    /** The chain checked: how many links, the first break if any, and the last link (to keep elsewhere and compare). */
    public record Verdict(int links, Optional<Break> firstBreak, String head) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Recomputes a council's chain from its first seal, in the order sealed. */
    public static Verdict verify(List<Sealed> inOrder) {
        Verifier v = new Verifier();
        inOrder.forEach(v::accept);
        return v.verdict();
    }

    /** Recomputes a chain one link at a time, in the order sealed, without holding it all. */
    public static final class Verifier {
        private byte[] previous = new byte[0];
        private Long previousId;
        private int links;
        private Break firstBreak;

        public void accept(Sealed s) {
            if (firstBreak != null) {
                return;
            }
            if (!Objects.equals(s.previousEventId(), previousId)) {
                firstBreak = new Break(s.eventId(), "the seal before it (of event " + s.previousEventId() + ") is missing");
            } else if (s.content() == null) {
                firstBreak = new Break(s.eventId(), "the event was deleted after it was sealed");
            } else if (!MessageDigest.isEqual(link(previous, s.content()), s.hash())) {
                firstBreak = new Break(s.eventId(), "the event or its seal was changed after it was sealed");
            } else {
                previous = s.hash();
                previousId = s.eventId();
                links++;
            }
        }

        public Verdict verdict() {
            return new Verdict(links, Optional.ofNullable(firstBreak), firstBreak != null ? "" : HexFormat.of().formatHex(previous));
        }
    }

    /** Text as the database's {@code core_audit_canonical} encodes it, for tests. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
