package org.canvassaudit.oracle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The end-to-end expectations are only worth something while they are computed apart from
 * the product: the oracle, and the test that compares with it, use none of the product's
 * ingest, rules, evaluation, access, report or warehouse code.
 */
class OracleIndependenceTests {

	private static final JavaClasses TEST_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.canvassaudit");

	// The oracle reads the inbox and applies SPEC §3 with plain Java, POI and SnakeYAML.
	@Test
	void oracleUsesNoProductCode() {
		noClasses().that()
			.resideInAPackage("org.canvassaudit.oracle..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.rules..", "org.canvassaudit.ingest..",
					"org.canvassaudit.evaluation..", "org.canvassaudit.access..", "org.canvassaudit.report..",
					"org.canvassaudit.warehouse..", "org.canvassaudit.nightly..", "org.canvassaudit.sample..")
			.check(TEST_CLASSES);
	}

	// The end-to-end test drives the product through its command line only.
	@Test
	void endToEndTestComputesNothingWithProductRules() {
		noClasses().that()
			.haveSimpleNameStartingWith("EndToEndIntegrationTests")
			.or()
			.haveSimpleNameStartingWith("CraftedEvidence")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.canvassaudit.rules..", "org.canvassaudit.ingest..",
					"org.canvassaudit.evaluation..", "org.canvassaudit.access..", "org.canvassaudit.report..")
			.check(TEST_CLASSES);
	}

}
