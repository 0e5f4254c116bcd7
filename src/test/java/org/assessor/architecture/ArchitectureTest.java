package org.assessor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import javax.sql.DataSource;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of Assessor, kept by the build. From the bottom: the facts rules see and the shared utilities; the
 * calculations rules call; the methodology; the rules compiler and its sandbox; the engine that runs rules;
 * explanations; reading input and writing output; rating a file; the features; the entry points (the command
 * line, the serving engine, the web application). A package may use those below it, never those above, and no
 * packages use each other in a circle. Frameworks stay where they belong. Only the program's own classes are
 * analysed, not the tests.
 */
@AnalyzeClasses(packages = "org.assessor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURES = {"org.assessor.distribution..", "org.assessor.compare..",
        "org.assessor.whatif..", "org.assessor.trend..", "org.assessor.verification..", "org.assessor.generate..",
        "org.assessor.inspection..", "org.assessor.cases..", "org.assessor.validation..", "org.assessor.archive..", "org.assessor.diff..", "org.assessor.workbench.."};

    /** No two packages use each other, directly or through others ({@link CycleFixtureTest} shows it failing). */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.assessor.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    /**
     * Each layer uses only the layers below it: the engine knows neither readers nor writers nor explanations. A new
     * package must be given its place here.
     */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Facts").definedBy("org.assessor.fact..")
            .layer("Shared").definedBy("org.assessor.system..")
            .layer("Calculations").definedBy("org.assessor.calc..")
            .layer("Methodology").definedBy("org.assessor.methodology..")
            .layer("Rules").definedBy("org.assessor.rules..")
            .layer("Engine").definedBy("org.assessor.assessment..")
            .layer("Explanations").definedBy("org.assessor.explanation..")
            .layer("Input").definedBy("org.assessor.input..")
            .layer("Output").definedBy("org.assessor.output..")
            .layer("Rating").definedBy("org.assessor.rating..")
            .layer("Features").definedBy(FEATURES)
            .layer("Entry points").definedBy("org.assessor", "org.assessor.cli..", "org.assessor.serving..", "org.assessor.web..")
            .whereLayer("Facts").mayNotAccessAnyLayer()
            .whereLayer("Shared").mayNotAccessAnyLayer()
            .whereLayer("Calculations").mayOnlyAccessLayers("Facts")
            .whereLayer("Methodology").mayOnlyAccessLayers("Facts", "Shared")
            .whereLayer("Rules").mayOnlyAccessLayers("Methodology", "Facts", "Shared")
            .whereLayer("Engine").mayOnlyAccessLayers("Rules", "Methodology", "Facts", "Shared")
            .whereLayer("Explanations").mayOnlyAccessLayers("Engine", "Methodology", "Facts", "Shared")
            .whereLayer("Input").mayOnlyAccessLayers("Engine", "Methodology", "Facts", "Shared")
            .whereLayer("Output").mayOnlyAccessLayers("Explanations", "Engine", "Methodology", "Facts", "Shared")
            .whereLayer("Rating").mayOnlyAccessLayers("Input", "Output", "Explanations", "Engine", "Rules", "Methodology",
                    "Facts", "Shared")
            .whereLayer("Features").mayOnlyAccessLayers("Rating", "Input", "Output", "Explanations", "Engine", "Rules",
                    "Methodology", "Calculations", "Facts", "Shared")
            .whereLayer("Entry points").mayNotBeAccessedByAnyLayer();

    /** The facts are at the bottom: they use nothing of Assessor's, and of Drools only its annotations. */
    @ArchTest
    static final ArchRule FACTS_AT_THE_BOTTOM = classes().that().resideInAPackage("org.assessor.fact..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.assessor.fact..", "java..",
                    "org.kie.api.definition.type..");

    /** Drools only where rules are compiled ({@code rules}) and run ({@code assessment}), and the facts' annotations. */
    @ArchTest
    static final ArchRule DROOLS_ONLY_IN_THE_ENGINE = noClasses()
            .that().resideOutsideOfPackages("org.assessor.rules..", "org.assessor.assessment..", "org.assessor.fact..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    /** Spring (and its API documentation) only in the web application, the serving engine and the application class. */
    @ArchTest
    static final ArchRule SPRING_ONLY_ON_THE_WEB = noClasses()
            .that().resideOutsideOfPackages("org.assessor.web..", "org.assessor.serving..", "org.assessor")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.swagger..");

    /** picocli (and the terminal's progress bar) only in the command line. */
    @ArchTest
    static final ArchRule PICOCLI_ONLY_IN_THE_CLI = noClasses().that().resideOutsideOfPackage("org.assessor.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..");

    /**
     * The database only in the archive: JDBC, Flyway, the drivers. The web application hands the archive Spring's
     * {@link DataSource}, by that interface alone.
     */
    @ArchTest
    static final ArchRule JDBC_ONLY_IN_THE_ARCHIVE = noClasses().that().resideOutsideOfPackage("org.assessor.archive..")
            .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                    .or(resideInAPackage("javax.sql..").and(not(type(DataSource.class)))));
}
