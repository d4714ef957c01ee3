package dev.skillbot.digest;

import dev.skillbot.SkillbotApplication;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Run in a JVM of its own by {@link LookupCountsAtShutdownTest}: starts Skillbot, looks one skill up
 * and exits the JVM, so that every shutdown hook runs at once, as on SIGTERM.
 */
public final class OneLookupThenExit {

    private OneLookupThenExit() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(SkillbotApplication.class)
                .web(WebApplicationType.NONE)
                .run(args)
                .getBean(CommandService.class)
                .answer(Invocation.cli("en"), "canary senior");
        System.exit(0);
    }
}
