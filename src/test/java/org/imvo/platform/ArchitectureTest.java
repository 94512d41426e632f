package org.imvo.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * Rules of the code base that the compiler and Spring Modulith do not check. Each rule says why it
 * exists; a violation is fixed in the code, not by weakening the rule.
 */
@AnalyzeClasses(packages = "org.imvo.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Classes annotated with {@code @Controller} or {@code @RestController} (which is meta-annotated). */
	private static final DescribedPredicate<JavaClass> CONTROLLERS = metaAnnotatedWith(Controller.class)
		.<JavaClass>forSubtype()
		.as("controllers");

	/**
	 * Plain-Java cores: the audit hash chain, anything in a {@code core} package (where the hot cores
	 * such as facility matching and risk scoring belong), and the value types of the shared kernel
	 * (ids, events, exceptions), which every module uses.
	 */
	private static final DescribedPredicate<JavaClass> PLAIN_JAVA_CORES = simpleName("HashChain")
		.or(resideInAPackage("org.imvo.platform..core.."))
		.or(resideInAPackage("org.imvo.platform.shared").and(not(metaAnnotatedWith(Component.class).<JavaClass>forSubtype()))
			// the module declaration (Spring Modulith's @ApplicationModule) is metadata, not code
			.and(not(simpleName("package-info"))))
		.as("plain-Java cores (HashChain, ..core.., shared kernel value types)");

	@ArchTest
	static final ArchRule controllersDoNotTouchSql = noClasses().that(CONTROLLERS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
		.because("page and API controllers call their module's service (facade); SQL lives behind it, so that "
				+ "access checks, transactions and audit events cannot be bypassed by a controller");

	@ArchTest
	static final ArchRule controllersDoNotUseRepositories = noClasses().that(CONTROLLERS)
		.should()
		.dependOnClassesThat()
		.areMetaAnnotatedWith(Repository.class)
		.because("controllers go through the module's facade, which checks access and publishes the audit "
				+ "event of every write; a repository does neither");

	@ArchTest
	static final ArchRule timeComesFromTheClock = noClasses().should()
		.callMethod(Instant.class, "now")
		.orShould()
		.callMethod(LocalDate.class, "now")
		.orShould()
		.callMethod(LocalDateTime.class, "now")
		.orShould()
		.callMethod(LocalTime.class, "now")
		.orShould()
		.callMethod(OffsetDateTime.class, "now")
		.orShould()
		.callMethod(ZonedDateTime.class, "now")
		.orShould()
		.callMethod(System.class, "currentTimeMillis")
		.orShould()
		.callConstructor(Date.class)
		.because("time comes from the injected java.time.Clock, so that tests can move through deadlines and "
				+ "every timestamp of one request agrees; use clock.instant() or LocalDate.now(clock)");

	@ArchTest
	static final ArchRule onlyTheClockConfigurationCreatesASystemClock = noClasses().that()
		.doNotHaveSimpleName("ClockConfiguration")
		.should()
		.callMethod(Clock.class, "systemUTC")
		.orShould()
		.callMethod(Clock.class, "systemDefaultZone")
		.because("there is one source of time, the Clock bean of the shared kernel, which tests replace");

	@ArchTest
	static final ArchRule plainJavaCoresDoNotDependOnSpring = noClasses().that(PLAIN_JAVA_CORES)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..")
		.because("the cores are plain Java so that they can be unit-tested and benchmarked without a Spring "
				+ "context, and every module can use the shared kernel's types without pulling in a framework");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.orShould()
		.beAnnotatedWith(Value.class)
		.orShould()
		.beAnnotatedWith("jakarta.inject.Inject")
		.orShould()
		.beAnnotatedWith("jakarta.annotation.Resource")
		.because("dependencies come through the constructor into final fields: a class shows what it needs, "
				+ "cannot be half-built, and can be created in a plain unit test");

	@ArchTest
	static final ArchRule onlyTheWebLayerUsesTheWebLayer = noClasses().that()
		.resideOutsideOfPackage("org.imvo.platform..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.imvo.platform..web..")
		.because("controllers are adapters on top of the modules' services; a service that needs a controller "
				+ "type has its layers upside down");

	@ArchTest
	static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
		.because("output goes through SLF4J, so that operators control it and nothing confidential is printed "
				+ "around the logging configuration");

	@ArchTest
	static final ArchRule noPrintedStackTraces = noClasses().should()
		.callMethod(Throwable.class, "printStackTrace")
		.because("errors are logged through SLF4J or answered as problem details; a printed stack trace goes "
				+ "around both");

}
