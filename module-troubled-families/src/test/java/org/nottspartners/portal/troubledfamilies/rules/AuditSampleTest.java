package org.nottspartners.portal.troubledfamilies.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("002 §13d: the SAU's audit sample is random, seeded and recorded, so it can be drawn again")
class AuditSampleTest {

    private final List<String> population = IntStream.range(0, 40).mapToObj(i -> "family-" + i).toList();

    @Test
    @DisplayName("the same population and seed give the same sample, whatever order the population came in")
    void repeatable() {
        List<String> first = AuditSample.draw(population, 5, 20261206L);
        List<String> reversed = new java.util.ArrayList<>(population);
        java.util.Collections.reverse(reversed);
        assertThat(AuditSample.draw(reversed, 5, 20261206L)).isEqualTo(first);
        assertThat(first).hasSize(5).doesNotHaveDuplicates().isSubsetOf(population);
        assertThat(AuditSample.draw(population, 5, 7L)).isNotEqualTo(first);
    }

    @Test
    @DisplayName("a sample larger than the population is the whole population; an empty sample is refused")
    void bounds() {
        assertThat(AuditSample.draw(population.subList(0, 3), 10, 1L)).containsExactlyInAnyOrderElementsOf(population.subList(0, 3));
        assertThatThrownBy(() -> AuditSample.draw(population, 0, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
