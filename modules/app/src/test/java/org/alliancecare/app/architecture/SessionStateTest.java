package org.alliancecare.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What lives in the HTTP session can be copied to another node of a cluster (the WAR is {@code
 * <distributable/>}; Payara replicates sessions through its data grid, docs/operations/
 * cluster-state.md): every {@code @SessionScoped} and {@code @ViewScoped} bean of the application
 * is {@link Serializable}, and each of its fields (its superclasses' too) is either a value that
 * serializes (primitives, serializable types, lists, sets and maps of them) or an {@code @Inject}ed
 * bean of a normal scope, which CDI holds as a client proxy that serializes as a reference and is
 * bound to the other node's bean when read there. An injected field must not be {@code transient}:
 * CDI does not inject again after deserialization, so it would be {@code null} on the other node.
 */
class SessionStateTest {

  private static final String ROOT = "org.alliancecare";
  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  private static final Set<Class<? extends Annotation>> KEPT_IN_THE_SESSION =
      Set.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
  private static final Set<Class<? extends Annotation>> NORMAL_SCOPES =
      Set.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ViewScoped.class,
          ConversationScoped.class);
  private static final Set<Class<?>> SERIALIZABLE_CONTAINERS =
      Set.of(List.class, Set.class, Map.class, Collection.class);

  @Test
  void the_session_and_view_scoped_beans_are_found() {
    assertThat(keptInTheSession())
        .extracting(Class::getSimpleName)
        .contains("Preferences", "WorkingClinic", "PatientPage", "ScreeningPage");
  }

  @Test
  void what_the_session_holds_can_be_copied_to_another_node() {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : keptInTheSession()) {
      problems.addAll(problemsOf(bean));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void a_bean_that_cannot_be_copied_is_told() {
    assertThat(problemsOf(Unfit.class))
        .hasSize(5)
        .anyMatch(p -> p.contains("Unfit.wrapped"))
        .anyMatch(p -> p.contains("Unfit is not Serializable"))
        .anyMatch(p -> p.contains("Unfit.out"))
        .anyMatch(p -> p.contains("Unfit.threads"))
        .anyMatch(p -> p.contains("Unfit.dependent"));
    assertThat(problemsOf(Fit.class)).isEmpty();
  }

  /** The failures the rule must see: not Serializable, unserializable values, a lost injection. */
  @SessionScoped
  static class Unfit {
    java.io.PrintStream out;
    List<Thread> threads = List.of();
    @Inject transient SessionStateTest dependent;
    Wrapper wrapped;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");
    transient StringBuilder cache;
  }

  /** What passes: values that serialize and an injected normal-scoped bean. */
  @ViewScoped
  static class Fit implements Serializable {
    private static final long serialVersionUID = 1L;
    String name;
    int[] counts;
    List<Map<String, java.time.LocalDate>> dates = List.of();
    @Inject Proxied proxied;
    transient StringBuilder cache;
  }

  @ApplicationScoped
  static class Proxied {}

  /** Serializable by its declaration, but what it holds is not. */
  record Wrapper(Thread thread) implements Serializable {}

  private List<Class<?>> keptInTheSession() {
    return CODE.stream()
        .filter(c -> KEPT_IN_THE_SESSION.stream().anyMatch(c::isAnnotatedWith))
        .map(JavaClass::reflect)
        .sorted(java.util.Comparator.comparing(Class::getName))
        .collect(Collectors.toList());
  }

  private static List<String> problemsOf(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getSimpleName() + " is not Serializable");
    }
    for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
          continue;
        }
        String name = bean.getSimpleName() + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class)) {
          if (Modifier.isTransient(modifiers)) {
            problems.add(name + " is injected but transient: null after the copy");
          } else if (!proxied(field.getType())) {
            problems.add(name + " injects " + field.getType().getName() + ", not a normal scope");
          }
        } else if (!Modifier.isTransient(modifiers) && !serializable(field.getGenericType())) {
          problems.add(name + " holds " + field.getGenericType().getTypeName());
        }
      }
    }
    return problems;
  }

  /** Whether every bean of the type is of a normal scope (so the field holds a client proxy). */
  private static boolean proxied(Class<?> type) {
    List<Class<?>> beans = new ArrayList<>();
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      beans.add(type);
    }
    if (CODE.contain(type.getName())) {
      for (JavaClass implementation : CODE.get(type).getAllSubclasses()) {
        if (!implementation.isInterface()
            && !implementation
                .getModifiers()
                .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
          beans.add(implementation.reflect());
        }
      }
    }
    return !beans.isEmpty()
        && beans.stream().allMatch(b -> NORMAL_SCOPES.stream().anyMatch(b::isAnnotationPresent));
  }

  private static boolean ownSerialForm(Class<?> c) {
    for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
      if (method.getName().equals("writeReplace") && method.getParameterCount() == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean serializable(Type type) {
    return serializable(type, new java.util.HashSet<>());
  }

  /**
   * Whether a value of the type serializes: the application's own types are followed into their
   * fields (a serializable record may hold a record that is not), the platform's are taken at their
   * word.
   */
  private static boolean serializable(Type type, Set<Class<?>> seen) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return serializable(c.getComponentType(), seen);
      }
      if (c.isPrimitive()) {
        return true;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        return false;
      }
      if (!c.getName().startsWith(ROOT + ".") || c.isEnum() || !seen.add(c)) {
        return true;
      }
      if (ownSerialForm(c)) {
        return true; // it says how it is written (writeReplace), and SessionCopyTest tries it
      }
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field field : k.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (!Modifier.isStatic(modifiers)
              && !Modifier.isTransient(modifiers)
              && !field.isSynthetic()
              && !serializable(field.getGenericType(), seen)) {
            return false;
          }
        }
      }
      return true;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (!SERIALIZABLE_CONTAINERS.contains(raw) && !serializable(raw, seen)) {
        return false;
      }
      for (Type argument : p.getActualTypeArguments()) {
        if (!serializable(argument, seen)) {
          return false;
        }
      }
      return true;
    }
    if (type instanceof GenericArrayType a) {
      return serializable(a.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        if (!serializable(bound, seen)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
