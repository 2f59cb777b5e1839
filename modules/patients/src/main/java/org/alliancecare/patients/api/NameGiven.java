package org.alliancecare.patients.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person (patient or guardian) has a name in Chinese characters or Latin ({@code name}), a name
 * in Uyghur script ({@code nameUg}), or both; with neither, both fields are reported, each as
 * required, so that a request missing everything hears of every field at once.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {NameGiven.OfPatient.class, NameGiven.OfGuardian.class})
public @interface NameGiven {

  String message() default SENTENCE;

  /** The English of the catalogue's {@code error.name-or-name-ug-required}: translated by it. */
  String SENTENCE =
      "give a name in Chinese characters or Latin letters, or a name in Uyghur script";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports {@code name} and {@code nameUg} when both are blank. */
  abstract class Check<T> implements ConstraintValidator<NameGiven, T> {

    abstract String name(T person);

    abstract String nameUg(T person);

    @Override
    public boolean isValid(T person, ConstraintValidatorContext context) {
      if (person == null || !isBlank(name(person)) || !isBlank(nameUg(person))) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(SENTENCE)
          .addPropertyNode("name")
          .addConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(SENTENCE)
          .addPropertyNode("nameUg")
          .addConstraintViolation();
      return false;
    }

    private static boolean isBlank(String text) {
      return text == null || text.isBlank();
    }
  }

  /** For {@link PatientRegistration}. */
  final class OfPatient extends Check<PatientRegistration> {
    @Override
    String name(PatientRegistration person) {
      return person.name();
    }

    @Override
    String nameUg(PatientRegistration person) {
      return person.nameUg();
    }
  }

  /** For {@link GuardianDetails}. */
  final class OfGuardian extends Check<GuardianDetails> {
    @Override
    String name(GuardianDetails person) {
      return person.name();
    }

    @Override
    String nameUg(GuardianDetails person) {
      return person.nameUg();
    }
  }
}
