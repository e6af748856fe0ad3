package org.canvassaudit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages are modules (STYLE 1): these rules keep their dependencies pointing one
 * way, from the command line down to the rules, which depend on nothing but hashing.
 */
class ModuleBoundariesTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.canvassaudit");

	// No module depends, even indirectly, on one that depends on it.
	@Test
	void modulesHaveNoCycles() {
		slices().matching("org.canvassaudit.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	// The rules are pure: no storage, no input formats, no outputs, no commands.
	@Test
	void rulesDependOnNoStorageNorInputsNorOutputs() {
		noClasses().that()
			.resideInAPackage("org.canvassaudit.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.warehouse..", "org.canvassaudit.ingest..",
					"org.canvassaudit.evaluation..", "org.canvassaudit.access..", "org.canvassaudit.report..",
					"org.canvassaudit.nightly..", "org.canvassaudit.cli..")
			.check(CLASSES);
	}

	// The warehouse is the bottom layer: it knows no domain module.
	@Test
	void warehouseKnowsNoDomainModule() {
		noClasses().that()
			.resideInAPackage("org.canvassaudit.warehouse..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.rules..", "org.canvassaudit.ingest..",
					"org.canvassaudit.evaluation..", "org.canvassaudit.access..", "org.canvassaudit.report..",
					"org.canvassaudit.nightly..", "org.canvassaudit.cli..", "org.canvassaudit.audit..")
			.check(CLASSES);
	}

	// Only the command line reaches for the command line.
	@Test
	void nothingDependsOnTheCommandLine() {
		noClasses().that()
			.resideOutsideOfPackage("org.canvassaudit.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.canvassaudit.cli..")
			.check(CLASSES);
	}

	// Ingest does not evaluate, and evaluation does not read input files.
	@Test
	void ingestAndEvaluationStayApart() {
		noClasses().that()
			.resideInAPackage("org.canvassaudit.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.evaluation..", "org.canvassaudit.access..",
					"org.canvassaudit.report..", "org.canvassaudit.nightly..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.canvassaudit.evaluation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.ingest..", "org.canvassaudit.report..", "org.canvassaudit.nightly..")
			.check(CLASSES);
	}

}
