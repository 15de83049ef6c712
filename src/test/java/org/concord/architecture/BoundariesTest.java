package org.concord.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The boundaries the build enforces, so the dependency graph keeps running one way: the pure
 * core (kernel, questionnaire, scoring, disclosure) imports nothing of Jakarta, POI or the
 * database; no two packages depend on each other, nor do two areas of the web layer; web beans
 * never hold an EntityManager; the REST API (api) sits beside web with the same rules; and transactions are begun only by services, never by pages or
 * entities.
 */
@AnalyzeClasses(packages = "org.concord", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    private static final String[] PURE = {"org.concord.kernel..", "org.concord.questionnaire..",
        "org.concord.scoring..", "org.concord.disclosure.."};

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.apache.poi..",
                    "java.sql..", "javax.sql..", "org.eclipse.persistence..", "org.primefaces..", "org.flywaydb..")
            .because("the core is the command-line tool's too, and must run without a server");

    @ArchTest
    static final ArchRule coreStaysBelowFeatures = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideOutsideOfPackages(
                    "org.concord.kernel..", "org.concord.questionnaire..", "org.concord.scoring..",
                    "org.concord.disclosure..", "java..", "org.yaml..", "org.apache.commons..")
            .because("the graph runs questionnaire -> scoring -> features, never back");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.concord.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenWebAreas = slices().matching("org.concord.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webAreasUseOnlyShared = slices().matching("org.concord.web.(*)..")
            .should().notDependOnEachOther().ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.concord.web.shared.."));

    @ArchTest
    static final ArchRule nothingBelowDependsOnWeb = noClasses().that().resideOutsideOfPackages("org.concord.web..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.web..");

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheApi = noClasses().that().resideOutsideOfPackages("org.concord.api..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.api..")
            .because("the REST API sits at the top beside web, and nothing else calls it");

    @ArchTest
    static final ArchRule apiAndWebStayApart = noClasses().that().resideInAPackage("org.concord.api..")
            .should().dependOnClassesThat().resideInAPackage("org.concord.web..");

    @ArchTest
    static final ArchRule apiNeverUsesTheDatabase = noClasses().that().resideInAPackage("org.concord.api..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("an API resource calls the services, as a page does");

    @ArchTest
    static final ArchRule noTransactionsInTheApi = noClasses().that().resideInAPackage("org.concord.api..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityTransaction.class);

    @ArchTest
    static final ArchRule noTransactionalMethodsInTheApi = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("org.concord.api..").should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule webNeverUsesTheDatabase = noClasses().that().resideInAPackage("org.concord.web..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule noTransactionsInPages = noClasses().that().resideInAPackage("org.concord.web..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityTransaction.class)
            .because("a page calls a service, whose method is the one unit of work of the action");

    @ArchTest
    static final ArchRule noTransactionalMethodsInPages = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("org.concord.web..").should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule transactionsOnlyInCdiServices = classes().that().areAnnotatedWith(Transactional.class)
            .should().beAnnotatedWith(ApplicationScoped.class).orShould().beAnnotatedWith(RequestScoped.class)
            .because("only services (application or request scoped beans) begin transactions; entities never do");

    @ArchTest
    static final ArchRule entitiesBeginNothing = noClasses().that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().beAnnotatedWith(Transactional.class);
}
