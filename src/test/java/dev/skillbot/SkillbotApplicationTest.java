package dev.skillbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With no platform credentials the server still starts on the embedded defaults and answers commands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SkillbotApplicationTest {

    @Autowired
    CommandService commands;

    @Test
    void startsWithoutPlatformCredentials() {
        assertThat(commands.answer(Invocation.cli("en"), "gitops senior").title()).isEqualTo("GitOps Practices · Senior");
    }
}
