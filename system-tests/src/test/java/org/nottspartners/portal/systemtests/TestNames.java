package org.nottspartners.portal.systemtests;

import java.util.concurrent.ThreadLocalRandom;

/** Names no earlier test run has used, made of letters only, as a person's name must be. */
final class TestNames {

    private TestNames() {
    }

    /** The stem followed by six random lower-case letters: "Fenwick" becomes "Fenwickqzmwra". */
    static String unique(String stem) {
        StringBuilder name = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
