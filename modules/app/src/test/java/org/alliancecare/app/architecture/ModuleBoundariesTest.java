package org.alliancecare.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.alliancecare.app.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module rules of ARCHITECTURE.md, checked against the compiled code of every module in the
 * WAR. The table of allowed dependencies is {@link Module}: a new module is covered by adding its
 * line there.
 */
class ModuleBoundariesTest {

  private static final String ROOT = "org.alliancecare";
  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ModuleBoundariesTest::partOfTheApplication)
          .importPackages(ROOT);

  @Test
  void modules_are_free_of_cycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CODE);
  }

  @TestFactory
  Stream<DynamicTest> each_module_uses_only_the_api_of_the_modules_it_may_use() {
    return Arrays.stream(Module.values())
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module.moduleName() + " uses only what the table allows",
                    () -> dependencyRule(module).check(CODE)));
  }

  @TestFactory
  Stream<DynamicTest> nothing_outside_a_module_touches_its_internals() {
    return Arrays.stream(Module.values())
        .map(
            module ->
                DynamicTest.dynamicTest(
                    "only " + module.moduleName() + " uses " + module.moduleName() + ".internal",
                    () ->
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(module.rootPackage() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(module.rootPackage() + ".internal..")
                            .allowEmptyShould(true)
                            .check(CODE)));
  }

  @Test
  void rest_resources_live_only_in_internal_rest() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .should()
        .resideInAPackage("..internal.rest..")
        .check(CODE);
  }

  @Test
  void entities_never_leave_their_module_internals() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .should()
        .resideInAPackage("..internal..")
        .allowEmptyShould(true)
        .check(CODE);
  }

  @Test
  void every_module_package_is_in_the_table() {
    List<String> known = new ArrayList<>();
    for (Module module : Module.values()) {
      known.add(module.rootPackage() + "..");
    }
    known.add(ROOT + ".app..");
    classes()
        .should()
        .resideInAnyPackage(known.toArray(String[]::new))
        .because("every module must be listed in org.alliancecare.app.Module")
        .check(CODE);
  }

  /** A module's classes depend on nothing of ours but itself and the api of modules it may use. */
  private static ArchRule dependencyRule(Module module) {
    List<String> allowed = new ArrayList<>();
    allowed.add(module.rootPackage() + "..");
    allowed.add(Module.KERNEL.rootPackage() + "..");
    for (Module used : module.uses()) {
      allowed.add(used.rootPackage() + ".api..");
    }
    if (module.observesEveryModule()) {
      for (Module any : Module.values()) {
        allowed.add(any.rootPackage() + ".api.events..");
      }
    }
    String[] permitted = allowed.toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(module.rootPackage() + "..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "belong to another module than " + String.join(", ", permitted),
                (JavaClass target) ->
                    target.getPackageName().startsWith(ROOT + ".")
                        && !matchesAny(target, permitted)))
        .allowEmptyShould(true);
  }

  /** The test harness is on the test class path but not in the WAR. */
  private static boolean partOfTheApplication(
      com.tngtech.archunit.core.importer.Location location) {
    return !location.contains("alliancecare-testing") && !location.contains("modules/testing/");
  }

  private static boolean matchesAny(JavaClass target, String[] packages) {
    return Arrays.stream(packages)
        .map(p -> p.substring(0, p.length() - 2))
        .anyMatch(
            p -> target.getPackageName().equals(p) || target.getPackageName().startsWith(p + "."));
  }
}
