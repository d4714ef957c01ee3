package dev.skillbot.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the features that need the database wait for it.
 *
 * @param callTimeout how long one store call may take before it counts as failed (the answer then says so)
 * @param probeAfter  how long the database's circuit stays open, failing every call at once, before one call probes it
 * @param startRetry  how long after a database that could not be reached at start-up its tables are tried again (then
 *                    twice as long after each failure, at most a minute)
 */
@ConfigurationProperties("skillbot.database")
public record DatabaseProperties(
        @DefaultValue("1500ms") Duration callTimeout,
        @DefaultValue("5s") Duration probeAfter,
        @DefaultValue("5s") Duration startRetry) {}
