package org.goldenthread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the design (ARCHITECTURE.md section 2): the domain is plain Java, product APIs appear only
 * in the packages that adapt to them, and the app never depends on the workbench that hosts it.
 */
class ArchitectureTest {
    private static final String APP = "org.goldenthread.";
    private static final String[] JDK = {"java.."};

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.goldenthread");
    }

    @Test
    void domainPackagesDependOnlyOnTheJdkAndTheDomainBelowThem() {
        check(domain("measure"));
        check(domain("status", "measure"));
        check(domain("spc", "measure"));
        check(domain("benchmark", "measure"));
        check(domain("actionplan", "measure", "status"));
        check(domain("update", "measure", "status", "actionplan"));
    }

    @Test
    void theCsvFilesAreReadAndWrittenWithTheDomainOnly() {
        check(domain("csv", "measure", "benchmark"));
    }

    @Test
    void contractAndRenderDependOnTheDomainOnly() {
        check(layer("contract", List.of("com.google.gson.."), domainPackages()));
        List<String> renderMay = new ArrayList<>(domainPackages());
        renderMay.add("contract");
        check(layer("render", List.of(), renderMay));
    }

    @Test
    void theStoreUsesActiveObjectsAndNoProductOrWebApi() {
        check(noClasses().that().resideInAPackage(APP + "store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "com.atlassian.jira..", "com.atlassian.confluence..",
                        APP + "rest..", APP + "render..", APP + "jira..", APP + "confluence..")
                .allowEmptyShould(true));
    }

    @Test
    void restServesTheStoreAndContractWithoutProductTypes() {
        check(noClasses().that().resideInAPackage(APP + "rest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian.jira..", "com.atlassian.confluence..",
                        APP + "render..", APP + "jira..", APP + "confluence..")
                .allowEmptyShould(true));
    }

    @Test
    void jiraAndConfluenceCodeStayApart() {
        check(noClasses().that().resideInAPackage(APP + "jira..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.confluence..", APP + "confluence..")
                .allowEmptyShould(true));
        check(noClasses().that().resideInAPackage(APP + "confluence..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian.jira..", "com.opensymphony..", APP + "jira..", APP + "store..", APP + "rest..",
                        "net.java.ao..", "com.atlassian.activeobjects..")
                .allowEmptyShould(true));
    }

    @Test
    void productApisAppearOnlyInTheAdapters() {
        check(noClasses().that().resideOutsideOfPackages(APP + "jira..", APP + "workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.jira..", "com.opensymphony..")
                .allowEmptyShould(true));
        check(noClasses().that().resideOutsideOfPackages(APP + "confluence..", APP + "workbench..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.confluence..")
                .allowEmptyShould(true));
        check(noClasses().that().resideOutsideOfPackages(APP + "store..", APP + "jira..", APP + "workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .allowEmptyShould(true));
        check(noClasses().that().resideOutsideOfPackages(APP + "rest..", APP + "workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.plugins.rest..")
                .allowEmptyShould(true));
        // Jira's Callers implements the REST port, whose one method takes the request's SecurityContext.
        check(noClasses().that().resideOutsideOfPackages(APP + "rest..", APP + "jira..", APP + "workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .allowEmptyShould(true));
    }

    @Test
    void theAppNeverDependsOnTheWorkbench() {
        check(noClasses().that().resideOutsideOfPackage(APP + "workbench..")
                .should().dependOnClassesThat().resideInAPackage(APP + "workbench..")
                .allowEmptyShould(true));
    }

    private static ArchRule domain(String name, String... below) {
        return layer(name, List.of(), List.of(below));
    }

    /** Classes of one package may use the JDK, themselves, the given app packages and the given outside packages. */
    private static ArchRule layer(String name, List<String> outside, List<String> appPackages) {
        List<String> allowed = new ArrayList<>(List.of(JDK));
        allowed.addAll(outside);
        allowed.add(APP + name + "..");
        appPackages.forEach(p -> allowed.add(APP + p + ".."));
        return classes().that().resideInAPackage(APP + name + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .allowEmptyShould(true);
    }

    private static List<String> domainPackages() {
        return List.of("measure", "status", "spc", "benchmark", "actionplan", "update");
    }

    private static void check(ArchRule rule) {
        rule.check(app);
    }
}
