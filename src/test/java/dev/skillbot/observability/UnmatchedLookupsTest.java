package dev.skillbot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.observability.UnmatchedLookups.Entry;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnmatchedLookupsTest {

    @Test
    void countsEachTextMostFrequentFirst() {
        UnmatchedLookups lookups = new UnmatchedLookups(10);
        for (String text : new String[] {"quantum", "salary", "quantum", "basket", "quantum", "salary"}) {
            lookups.record(text);
        }

        assertThat(lookups.top(2)).containsExactly(new Entry("quantum", 3, 0), new Entry("salary", 2, 0));
    }

    /** Space-saving keeps every text counted more than total / capacity times, however much noise comes after. */
    @Test
    void keepsAtMostItsCapacityAndNeverDropsATextAboveItsShare() {
        UnmatchedLookups lookups = new UnmatchedLookups(3);
        IntStream.range(0, 600).forEach(i -> lookups.record("kubernetes"));
        IntStream.range(0, 1000).forEach(i -> lookups.record("noise " + i));

        assertThat(lookups.top(100)).hasSize(3).contains(new Entry("kubernetes", 600, 0));
    }

    @Test
    void aNewTextTakesOverTheLeastCountedOnesCountAndSaysBy() {
        UnmatchedLookups lookups = new UnmatchedLookups(2);
        lookups.record("a");
        lookups.record("a");
        lookups.record("b");
        lookups.record("c");

        assertThat(lookups.top(2)).containsExactly(new Entry("a", 2, 0), new Entry("c", 2, 1));
    }
}
