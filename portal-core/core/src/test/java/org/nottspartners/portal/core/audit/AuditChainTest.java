package org.nottspartners.portal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit chain's links (issue 27 §7): anything sealed that is changed, removed or reordered breaks the chain there. */
class AuditChainTest {

    /** Three events sealed in order, as the sealer writes them. */
    private static List<AuditChain.Sealed> sealed(String... contents) {
        List<AuditChain.Sealed> chain = new ArrayList<>();
        byte[] previous = new byte[0];
        Long previousId = null;
        long id = 10;
        for (String content : contents) {
            byte[] hash = AuditChain.link(previous, AuditChain.utf8(content));
            chain.add(new AuditChain.Sealed(id, previousId, hash, AuditChain.utf8(content)));
            previous = hash;
            previousId = id;
            id += 7; // ids of rolled-back events are never seen: gaps are normal
        }
        return chain;
    }

    @Test
    void anUntouchedChainIsIntactAndEndsInItsLastLink() {
        var chain = sealed("read person 1", "changed case 2", "read note 3");
        var verdict = AuditChain.verify(chain);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.links()).isEqualTo(3);
        assertThat(verdict.head()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(chain.get(2).hash()));
        assertThat(AuditChain.verify(List.of()).intact()).isTrue();
    }

    @Test
    void anEventChangedAfterSealingBreaksTheChainAtThatEvent() {
        var chain = sealed("read person 1", "changed case 2", "read note 3");
        chain.set(1, new AuditChain.Sealed(17, 10L, chain.get(1).hash(), AuditChain.utf8("changed case 2, innocently")));
        var verdict = AuditChain.verify(chain);
        assertThat(verdict.firstBreak()).contains(new AuditChain.Break(17, "the event or its seal was changed after it was sealed"));
        assertThat(verdict.links()).isEqualTo(1);
        assertThat(verdict.head()).isEmpty();
    }

    @Test
    void anEventDeletedAfterSealingBreaksTheChainAtThatEvent() {
        var chain = sealed("read person 1", "changed case 2", "read note 3");
        chain.set(1, new AuditChain.Sealed(17, 10L, chain.get(1).hash(), null));
        assertThat(AuditChain.verify(chain).firstBreak()).contains(new AuditChain.Break(17, "the event was deleted after it was sealed"));
    }

    @Test
    void aSealRemovedWithItsEventBreaksTheChainAtTheNext() {
        var chain = sealed("read person 1", "changed case 2", "read note 3");
        chain.remove(1);
        assertThat(AuditChain.verify(chain).firstBreak())
                .contains(new AuditChain.Break(24, "the seal before it (of event 17) is missing"));
    }

    @Test
    void aSealRecomputedForAChangedEventStillBreaksTheNextLink() {
        var chain = sealed("read person 1", "changed case 2", "read note 3");
        byte[] forged = AuditChain.link(chain.get(0).hash(), AuditChain.utf8("changed case 2, innocently"));
        chain.set(1, new AuditChain.Sealed(17, 10L, forged, AuditChain.utf8("changed case 2, innocently")));
        assertThat(AuditChain.verify(chain).firstBreak())
                .contains(new AuditChain.Break(24, "the event or its seal was changed after it was sealed"));
    }
}
