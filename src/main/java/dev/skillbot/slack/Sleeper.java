package dev.skillbot.slack;

import java.time.Duration;

/** Waits: the one place Slack deliveries pause, so tests replace it and never wait in real time. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
