package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release after start-up collects with a tight heap and trims with the JDK's own commands, and says what it did. */
class StartupMemoryTest {

    private final HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void collectsAndTrimsTheNativeHeap() {
        String done = StartupMemory.release();
        assertThat(done).matches("heap committed \\d+ -> \\d+ MiB; .+");
        if (System.getProperty("os.name").startsWith("Linux")) {
            // glibc and JDK 17.0.9 or later, as on the build machines and in the image
            assertThat(done).contains("Trim native heap").doesNotContain("not trimmed");
        }
    }

    @Test
    void heapFreeRatiosAreTightOnlyWhileTheCollectionRuns() {
        List<String> before = ratios();
        List<String> during = new ArrayList<>();

        StartupMemory.HeapFreeRatios.tightenedFor(() -> during.addAll(ratios()), StartupMemory.FREE_AFTER_START);

        String tight = String.valueOf(StartupMemory.FREE_AFTER_START);
        assertThat(during).containsExactly(tight, tight);
        assertThat(ratios()).isEqualTo(before).isNotEqualTo(during);
    }

    @Test
    void heapFreeRatiosAreRestoredWhenTheActionFails() {
        List<String> before = ratios();

        assertThatThrownBy(() -> StartupMemory.HeapFreeRatios.tightenedFor(
                        () -> {
                            throw new IllegalStateException("collection failed");
                        },
                        10))
                .hasMessage("collection failed");

        assertThat(ratios()).isEqualTo(before);
    }

    private List<String> ratios() {
        return List.of(
                flags.getVMOption("MinHeapFreeRatio").getValue(),
                flags.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
