package org.nottspartners.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: a refused token is "sign-in is unavailable" (503) only when the keys to check it cannot be fetched, and
 * never when the token says it has expired (that is the caller's to renew, 401) or when no token was sent.
 */
class TokenKeysTest {

    private static String token(long exp) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"sub\":\"x\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static TokenKeys keysThatAnswer(boolean answer) {
        TokenKeys keys = new TokenKeys() {
            @Override
            public boolean reachable() {
                return answer;
            }
        };
        return keys;
    }

    @Test
    void onlyATokenThatCannotBeCheckedWhileTheKeysCannotBeFetchedIsUnavailable() {
        String live = "Bearer " + token(Instant.now().plusSeconds(300).getEpochSecond());
        String expired = "Bearer " + token(Instant.now().minusSeconds(60).getEpochSecond());
        assertThat(keysThatAnswer(false).uncheckable(live)).isTrue();
        assertThat(keysThatAnswer(true).uncheckable(live)).as("the keys answer: the token is simply not valid, 401").isFalse();
        assertThat(keysThatAnswer(false).uncheckable(expired)).as("expired: the caller renews it, 401").isFalse();
        assertThat(keysThatAnswer(false).uncheckable(null)).as("no token sent: 401").isFalse();
        assertThat(keysThatAnswer(false).uncheckable("Basic dXNlcjpwYXNz")).isFalse();
        assertThat(keysThatAnswer(false).uncheckable("Bearer not-a-token")).as("unreadable: cannot be told without the keys").isTrue();
    }

    @Test
    void anExpiryIsReadWithoutCheckingTheToken() {
        assertThat(TokenKeys.expired(token(1))).isTrue();
        assertThat(TokenKeys.expired(token(Instant.now().plusSeconds(60).getEpochSecond()))).isFalse();
        assertThat(TokenKeys.expired("no-dots")).isFalse();
        assertThat(TokenKeys.expired("a.%%%.c")).isFalse();
    }
}
