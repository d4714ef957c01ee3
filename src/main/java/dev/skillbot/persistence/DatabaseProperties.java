package dev.skillbot.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the features that need the database wait for it.
 *
 * @param callTimeout how long one store call may take before it counts as failed (the answer then says so)
 * @param probeAfter  how long the database's circuit stays open, failing every call at once, before one call probes it
 */
@ConfigurationProperties("skillbot.database")
public record DatabaseProperties(
        @DefaultValue("1500ms") Duration callTimeout,
        @DefaultValue("5s") Duration probeAfter) {}
