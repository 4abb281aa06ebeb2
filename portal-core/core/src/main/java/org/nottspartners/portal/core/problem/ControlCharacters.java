package org.nottspartners.portal.core.problem;

/**
 * The rule the API holds every query value and body text to ({@code InputGuard}), and the pages every address
 * ({@code PortalRequestFilter}): no control characters. A NUL among them is refused by PostgreSQL in any text (a lookup of a council called
 * {@code "/e\0"} was a 500 on the public pages until wapiti sent one, issue 27).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** NUL and the other C0 controls but tab, line feed and carriage return (which a note may hold), and DEL. */
    public static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
