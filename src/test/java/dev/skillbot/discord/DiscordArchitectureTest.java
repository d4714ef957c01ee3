package dev.skillbot.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Only the Discord adapter (and its tests) may know JDA. */
class DiscordArchitectureTest {

    @Test
    void onlyTheDiscordPackageImportsJda() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.skillbot");

        noClasses().that().resideOutsideOfPackage("dev.skillbot.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }
}
