package dev.skillbot.digest;

/** Told about every scheduler run that did something, such as for delivery metrics. */
@FunctionalInterface
public interface DigestRunListener {

    void ran(DigestRun run);
}
