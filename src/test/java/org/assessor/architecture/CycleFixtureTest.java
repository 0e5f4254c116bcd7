package org.assessor.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The cycle rule is not vacuous: the very rule {@link ArchitectureTest} holds the program to refuses two fixture
 * packages that use each other ({@code architecture.cycle.a} and {@code .b}), and accepts the same two classes
 * when the dependency goes one way ({@code architecture.acyclic}).
 */
class CycleFixtureTest {

    @Test
    void twoPackagesThatUseEachOtherAreACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages("org.assessor.architecture.cycle");

        assertThatThrownBy(() -> ArchitectureTest.NO_PACKAGE_CYCLES.check(cycle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: architecture.cycle.a")
                .hasMessageContaining("Field <org.assessor.architecture.cycle.a.Order.invoice> has type "
                        + "<org.assessor.architecture.cycle.b.Invoice>")
                .hasMessageContaining("Field <org.assessor.architecture.cycle.b.Invoice.order> has type "
                        + "<org.assessor.architecture.cycle.a.Order>");
    }

    @Test
    void aDependencyOneWayIsNoCycle() {
        JavaClasses acyclic = new ClassFileImporter().importPackages("org.assessor.architecture.acyclic");

        assertThatCode(() -> ArchitectureTest.NO_PACKAGE_CYCLES.check(acyclic)).doesNotThrowAnyException();
    }
}
