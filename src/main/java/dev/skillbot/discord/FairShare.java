package dev.skillbot.discord;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Max-min fair sharing of a character budget: small wants are met whole, large ones share the rest equally. */
final class FairShare {

    private FairShare() {}

    static int[] allocate(int[] wants, int budget) {
        int[] allocation = new int[wants.length];
        Integer[] bySize = IntStream.range(0, wants.length)
                .boxed()
                .sorted(Comparator.comparingInt(i -> wants[i]))
                .toArray(Integer[]::new);
        int remaining = budget;
        for (int k = 0; k < bySize.length; k++) {
            int share = remaining / (bySize.length - k);
            int index = bySize[k];
            allocation[index] = Math.min(wants[index], share);
            remaining -= allocation[index];
        }
        return allocation;
    }

    static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }
}
