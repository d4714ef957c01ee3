package dev.skillbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Platform code stays in its adapter package; the core knows nothing of Slack, Discord or Spring's web layer. */
class ArchitectureTest {

    private static final String[] CORE = {"dev.skillbot.catalog..", "dev.skillbot.card..", "dev.skillbot.command..",
            "dev.skillbot.i18n..", "dev.skillbot.suggestion..", "dev.skillbot.digest.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.skillbot");

    @Test
    void onlyTheSlackAdapterImportsSlack() {
        noClasses().that().resideOutsideOfPackage("dev.skillbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(classes);
    }

    @Test
    void onlyTheDiscordAdapterImportsJda() {
        noClasses().that().resideOutsideOfPackage("dev.skillbot.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }

    @Test
    void theCoreDependsOnNoAdapter() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.skillbot.slack..", "dev.skillbot.discord..", "dev.skillbot.cli..")
                .check(classes);
    }

    @Test
    void theCoreDependsOnNoPersistence() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("dev.skillbot.persistence..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.skillbot.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void cardsAndCommandsAreFreeOfSpring() {
        noClasses().that().resideInAnyPackage("dev.skillbot.card..", "dev.skillbot.command..", "dev.skillbot.i18n..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
