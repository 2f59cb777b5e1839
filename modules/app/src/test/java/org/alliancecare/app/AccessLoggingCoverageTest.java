package org.alliancecare.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PersonalRecord;
import org.alliancecare.kernel.web.AccessLogged;
import org.junit.jupiter.api.Test;

/**
 * Every resource method of the WAR whose declared return type names a {@link PersonalRecord} (the
 * record itself, a list, page or optional of them, or a record of ours that holds one) must be
 * {@link AccessLogged}. Methods that return {@code Response} cannot be judged from their signature;
 * for them the access-log filter refuses, at run time, any response that carries a personal record
 * from an unmarked method (docs/audit.md), and AuditIT proves that refusal.
 */
class AccessLoggingCoverageTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.alliancecare");

  @Test
  void every_resource_method_that_returns_personal_records_is_access_logged() {
    assertThat(resourceMethods(PRODUCTION)).as("resource methods found in the WAR").isNotEmpty();
    assertThat(unlogged(PRODUCTION)).isEmpty();
  }

  @Test
  void the_check_names_each_method_that_forgot_and_passes_those_that_did_not() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(Forgetful.class, Careful.class);
    assertThat(unlogged(fixtures))
        .containsExactlyInAnyOrder(
            "Forgetful.patient",
            "Forgetful.patients",
            "Forgetful.page",
            "Forgetful.file",
            "Forgetful.maybe",
            "Forgetful.array");
  }

  static List<String> unlogged(JavaClasses classes) {
    List<String> unlogged = new ArrayList<>();
    for (Method method : resourceMethods(classes)) {
      if (method.getAnnotation(AccessLogged.class) == null
          && namesPersonalRecord(method.getGenericReturnType(), new HashSet<>())) {
        unlogged.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
    }
    return unlogged;
  }

  private static List<Method> resourceMethods(JavaClasses classes) {
    List<Method> methods = new ArrayList<>();
    for (JavaClass type : classes) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method method : type.reflect().getDeclaredMethods()) {
        if (Arrays.stream(method.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  /** Whether the type is, contains or holds (in a record of ours) a personal record. */
  static boolean namesPersonalRecord(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof ParameterizedType parameterized) {
      return namesPersonalRecord(parameterized.getRawType(), seen)
          || Arrays.stream(parameterized.getActualTypeArguments())
              .anyMatch(argument -> namesPersonalRecord(argument, seen));
    }
    if (type instanceof GenericArrayType array) {
      return namesPersonalRecord(array.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType wildcard) {
      return Arrays.stream(wildcard.getUpperBounds()).anyMatch(b -> namesPersonalRecord(b, seen));
    }
    if (type instanceof Class<?> type1) {
      if (type1.isArray()) {
        return namesPersonalRecord(type1.getComponentType(), seen);
      }
      if (PersonalRecord.class.isAssignableFrom(type1)) {
        return true;
      }
      if (type1.isRecord() && type1.getName().startsWith("org.alliancecare.")) {
        for (RecordComponent component : type1.getRecordComponents()) {
          if (namesPersonalRecord(component.getGenericType(), seen)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  record PatientView(String id) implements PersonalRecord {
    @Override
    public String patientId() {
      return id;
    }
  }

  record PatientFile(String note, List<PatientView> patients) {}

  record ClinicView(String id) {}

  @Path("forgetful")
  static class Forgetful {
    @GET
    public PatientView patient() {
      return null;
    }

    @GET
    public List<PatientView> patients() {
      return null;
    }

    @GET
    public Page<PatientView> page() {
      return null;
    }

    @GET
    public PatientFile file() {
      return null;
    }

    @GET
    public Optional<PatientView> maybe() {
      return Optional.empty();
    }

    @GET
    public PatientView[] array() {
      return null;
    }

    @GET
    public List<ClinicView> clinics() {
      return null;
    }

    public PatientView notAResourceMethod() {
      return null;
    }
  }

  @Path("careful")
  static class Careful {
    @GET
    @AccessLogged(resource = "Patient")
    public PatientView patient() {
      return null;
    }

    @GET
    @AccessLogged(resource = "Patient")
    public Page<PatientView> page() {
      return null;
    }

    @GET
    public Response opaque() {
      return null;
    }
  }
}
