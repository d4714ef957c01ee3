package dev.skillbot.web;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container that drives {@link Browser} when Chromium is not installed, as JUnit's assumption does
 * for the other browser tests: an assumption failing in jqwik's {@code @BeforeContainer} is reported as an error,
 * which failed {@code ./mvnw verify} on a machine without Chromium.
 */
public final class SkipWithoutBrowser implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Browser.installed() ? SkipResult.doNotSkip() : SkipResult.skip(Browser.WHY_SKIPPED);
    }
}
