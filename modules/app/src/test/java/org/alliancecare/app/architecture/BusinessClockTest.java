package org.alliancecare.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.alliancecare.app.internal.platform.Clocks;
import org.alliancecare.kernel.BusinessClock;
import org.junit.jupiter.api.Test;

/**
 * "Today" and "now" come from one clock (issue 13, item 0): the application's {@link Clock} (made
 * by {@link Clocks}, movable in tests) and the kernel's {@link BusinessClock}, whose day is
 * China's. A {@code LocalDate.now()} or {@code Clock.systemUTC()} anywhere else reads the JVM's
 * clock in the JVM's zone, which is how a consent given today in China came to be refused between
 * 16:00 and 24:00 UTC.
 */
class BusinessClockTest {

  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("alliancecare-testing"))
          .withImportOption(location -> !location.contains("modules/testing/"))
          .importPackages("org.alliancecare");

  private static final Set<Class<?>> TIME_TYPES =
      Set.of(
          Clock.class,
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          OffsetDateTime.class,
          ZonedDateTime.class);

  private static final Set<String> SYSTEM_CLOCK_METHODS =
      Set.of("now", "systemUTC", "systemDefaultZone", "system");

  @Test
  void only_the_application_clock_reads_the_system_clock() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(Clocks.class, BusinessClock.class)
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a method that reads the system clock (now(), Clock.systemUTC(), …)",
                (JavaMethodCall call) ->
                    TIME_TYPES.stream().anyMatch(type -> call.getTargetOwner().isEquivalentTo(type))
                        && SYSTEM_CLOCK_METHODS.contains(call.getName())
                        && !takesAClock(call)))
        .because("today is China's day on the application's clock (BusinessClock)")
        .check(CODE);
  }

  /** {@code LocalDate.now(clock)} reads the clock it is given, which is allowed. */
  private static boolean takesAClock(JavaMethodCall call) {
    return call.getTarget().getRawParameterTypes().stream()
        .anyMatch(parameter -> parameter.isEquivalentTo(Clock.class));
  }
}
