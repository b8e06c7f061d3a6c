package dev.postlint.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend one way: model ← links ← site ← rule API ← config ← run ← report ←
 * pipeline, and no two packages depend on each other. A new dependency against the grain fails here.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.postlint.core");

    /** Every package is a slice of its own, the root package included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "every package";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("dev.postlint.core", "dev.postlint.core.source..",
                        "dev.postlint.core.frontmatter..", "dev.postlint.core.markdown..", "dev.postlint.core.html..",
                        "dev.postlint.core.io..")
                .layer("Links").definedBy("dev.postlint.core.links..")
                .layer("Site").definedBy("dev.postlint.core.site..")
                .layer("Rule API").definedBy("dev.postlint.core.rule..")
                .layer("Config").definedBy("dev.postlint.core.config..")
                .layer("Run").definedBy("dev.postlint.core.run..")
                .layer("Report").definedBy("dev.postlint.core.report..")
                .layer("Pipeline").definedBy("dev.postlint.core.pipeline..")
                .whereLayer("Pipeline").mayNotBeAccessedByAnyLayer()
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Pipeline")
                .whereLayer("Run").mayOnlyBeAccessedByLayers("Report", "Pipeline")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Run", "Report", "Pipeline")
                .whereLayer("Rule API").mayOnlyBeAccessedByLayers("Config", "Run", "Report", "Pipeline")
                .whereLayer("Site").mayOnlyBeAccessedByLayers("Rule API", "Config", "Run", "Report", "Pipeline")
                .whereLayer("Links").mayOnlyBeAccessedByLayers("Site", "Rule API", "Config", "Run", "Report", "Pipeline")
                .check(CORE);
    }
}
