package vn.motcua.calendar;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules stay plain Java, testable without Spring (package-info): they use only the JDK, ICU and each
 * other, never Spring, Jakarta or the Spring side of the module ({@link CalendarDays} and the admin pages).
 */
class PlainCalendarTests {

	/** The plain classes, by simple name (nested types belong to their top-level class). */
	static final Set<String> PLAIN = Set.of("AnnouncedSchedules", "Appointment", "CalendarDay", "DeadlineCalculator",
			"DefaultHolidayRules", "Durations", "HolidayNames", "OfficeHours", "OutsideCalendarException", "Pause",
			"ProcessingTime", "SupplementPolicy", "VietnameseLunarCalendar", "VietnameseText", "WorkingCalendar");

	static final JavaClasses CALENDAR = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.motcua.calendar");

	static final DescribedPredicate<JavaClass> PLAIN_CLASS = DescribedPredicate.describe("a plain calendar class",
			type -> {
				JavaClass base = type.isArray() ? type.getBaseComponentType() : type; // Type[] of Type.values()
				return base.getPackageName().equals("vn.motcua.calendar") && PLAIN.contains(topLevelName(base));
			});

	private static String topLevelName(JavaClass type) {
		String name = type.getName().substring(type.getPackageName().length() + 1);
		int nested = name.indexOf('$');
		return nested < 0 ? name : name.substring(0, nested);
	}

	@Test
	void everyPlainClassIsThere() {
		assertThat(CALENDAR.stream().filter(PLAIN_CLASS).map(PlainCalendarTests::topLevelName).distinct())
			.containsExactlyInAnyOrderElementsOf(PLAIN);
	}

	@Test
	void plainClassesUseOnlyTheJdkIcuAndEachOther() {
		classes().that(PLAIN_CLASS)
			.should()
			.onlyDependOnClassesThat(resideInAnyPackage("java..", "com.ibm.icu..").or(PLAIN_CLASS))
			.check(CALENDAR);
	}

}
