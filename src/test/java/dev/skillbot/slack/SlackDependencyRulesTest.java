package dev.skillbot.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackDependencyRulesTest {

    @Test
    void onlyTheSlackPackageUsesTheSlackSdk() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillbot");

        noClasses().that().resideOutsideOfPackage("dev.skillbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(classes);
    }

    @Test
    void exactlyOneOkHttpIsOnTheClasspath() throws IOException {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

        assertThat(copies).as("okhttp3.OkHttpClient should come from JDA's okhttp-jvm only").singleElement()
                .asString().contains("okhttp-jvm");
    }
}
