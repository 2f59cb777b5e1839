package org.alliancecare.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's {@code FhirInstanceValidator} against the FHIR R4 base specification (issue 17: every
 * resource we produce validates with zero errors), built once per test JVM: loading the R4
 * definitions takes seconds. Terminology is checked offline: FHIR's own code systems and value sets
 * in memory, and the common external ones (UCUM, languages, countries) by HAPI's built-in service;
 * codes of systems it cannot check offline (LOINC, SNOMED CT) are not errors but warnings.
 */
public final class FhirValidation {

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static volatile FhirValidator validator;

  private FhirValidation() {}

  /** The errors (and fatal messages) of one resource: empty when it validates. */
  public static List<String> errors(IBaseResource resource) {
    ValidationResult result = validator().validateWithResult(resource);
    return result.getMessages().stream()
        .filter(FhirValidation::isError)
        .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .toList();
  }

  /** The errors of a resource given as JSON (e.g. a line of a Bulk Data NDJSON file). */
  public static List<String> errors(String json) {
    return errors(CONTEXT.newJsonParser().parseResource(json));
  }

  /** Throws an AssertionError listing every error, with the resource, when it does not validate. */
  public static void assertValid(IBaseResource resource) {
    List<String> errors = errors(resource);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          resource.fhirType()
              + " does not validate against FHIR R4:\n  "
              + String.join("\n  ", errors)
              + "\n"
              + CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }
  }

  private static boolean isError(SingleValidationMessage message) {
    return message.getSeverity() == ResultSeverityEnum.ERROR
        || message.getSeverity() == ResultSeverityEnum.FATAL;
  }

  private static FhirValidator validator() {
    FhirValidator built = validator;
    if (built == null) {
      synchronized (FhirValidation.class) {
        built = validator;
        if (built == null) {
          ValidationSupportChain support =
              new ValidationSupportChain(
                  new DefaultProfileValidationSupport(CONTEXT),
                  new CommonCodeSystemsTerminologyService(CONTEXT),
                  new InMemoryTerminologyServerValidationSupport(CONTEXT),
                  new SnapshotGeneratingValidationSupport(CONTEXT));
          FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
          instanceValidator.setAnyExtensionsAllowed(true);
          built = CONTEXT.newValidator().registerValidatorModule(instanceValidator);
          validator = built;
        }
      }
    }
    return built;
  }
}
