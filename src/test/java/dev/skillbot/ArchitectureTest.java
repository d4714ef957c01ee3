package dev.skillbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Platform code stays in its adapter package (tests included); the core knows nothing of Slack,
 * Discord, persistence or Spring's web layer; no package depends on itself through others. The
 * only class with architecture rules: the classes are imported once for all of them.
 */
class ArchitectureTest {

    private static final String[] CORE = {
        "dev.skillbot.chat..",
        "dev.skillbot.concurrent..",
        "dev.skillbot.catalog..",
        "dev.skillbot.card..",
        "dev.skillbot.command..",
        "dev.skillbot.i18n..",
        "dev.skillbot.suggestion..",
        "dev.skillbot.digest..",
        "dev.skillbot.me.."
    };

    private static final JavaClasses EVERYTHING = new ClassFileImporter().importPackages("dev.skillbot");
    private static final JavaClasses classes =
            EVERYTHING.that(new com.tngtech.archunit.base.DescribedPredicate<>("main classes") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass javaClass) {
                    return !javaClass
                            .getSource()
                            .map(source -> source.getUri().toString().contains("/test-classes/"))
                            .orElse(false);
                }
            });

    @Test
    void onlyTheSlackAdapterImportsSlack() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.skillbot.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.slack..")
                .check(EVERYTHING);
    }

    @Test
    void onlyTheDiscordAdapterImportsJda() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.skillbot.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.dv8tion..")
                .check(EVERYTHING);
    }

    @Test
    void theCoreDependsOnNoAdapter() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.skillbot.slack..", "dev.skillbot.discord..", "dev.skillbot.cli..", "dev.skillbot.web..")
                .check(classes);
    }

    @Test
    void onlyTheWebAdapterImportsTheTemplateEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.skillbot.web..", "gg.jte..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("gg.jte..")
                .check(EVERYTHING);
    }

    @Test
    void theCoreDependsOnNoPersistence() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.skillbot.persistence..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.skillbot.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void cardsAndCommandsAreFreeOfSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.skillbot.chat..", "dev.skillbot.card..", "dev.skillbot.command..", "dev.skillbot.i18n..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void readmesPackageTableMatchesTheCode() throws java.io.IOException {
        ReadmePackageTable.check(classes);
    }

    @Test
    void readmesCacheTableNamesEveryCache() throws java.io.IOException {
        ReadmeCacheTable.check(classes);
    }

    /** The rules above would pass on nothing: the two imports hold what they say. */
    @Test
    void theImportsHoldTheMainClassesAndTheTests() {
        org.assertj.core.api.Assertions.assertThat(classes.contain(dev.skillbot.catalog.CatalogLoader.class))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain(ArchitectureTest.class))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(EVERYTHING.contain(ArchitectureTest.class))
                .isTrue();
    }
}
