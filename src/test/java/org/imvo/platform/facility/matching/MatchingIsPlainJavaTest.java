package org.imvo.platform.facility.matching;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The matching engine stays a plain-Java core (STYLE.md, habit 3). */
@AnalyzeClasses(packages = "org.imvo.platform.facility.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class MatchingIsPlainJavaTest {

	@ArchTest
	static final ArchRule noSpring = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
		.because("the matcher is plain Java so that it can be unit-tested and benchmarked without a Spring context "
				+ "or a database; the facility module feeds it and stores its decisions");

	@ArchTest
	static final ArchRule noOtherPlatformModules = noClasses().should()
		.dependOnClassesThat(resideInAPackage("org.imvo.platform..")
			.and(not(resideInAPackage("org.imvo.platform.facility.matching.."))))
		.because("the matcher knows nothing of the rest of the platform");

}
