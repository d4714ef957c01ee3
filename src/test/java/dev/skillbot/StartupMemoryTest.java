package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The release after start-up collects and trims with the JDK's own commands, and says what it did. */
class StartupMemoryTest {

    @Test
    void collectsAndTrimsTheNativeHeap() {
        String done = StartupMemory.release();
        assertThat(done).matches("heap committed \\d+ -> \\d+ MiB; .+");
        if (System.getProperty("os.name").startsWith("Linux")) {
            // glibc and JDK 17.0.9 or later, as on the build machines and in the image
            assertThat(done).contains("Trim native heap").doesNotContain("not trimmed");
        }
    }
}
