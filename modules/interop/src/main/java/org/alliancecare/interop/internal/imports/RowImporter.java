package org.alliancecare.interop.internal.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.internal.imports.RowOutcome.Kind;
import org.alliancecare.interop.internal.imports.RowOutcome.StoredError;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.NotAllowed;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * One data row through the same facades as the API, in a transaction of its own: what the row
 * creates and the row's outcome (with the file's hash and row number, and the child's external id)
 * commit together, so that a stop in the middle leaves no half row and a resumed or repeated import
 * no double. A dry run does the same and rolls back, so that it says exactly what the import would.
 */
@ApplicationScoped
class RowImporter {

  private static final Logger LOG = Logger.getLogger(RowImporter.class.getName());
  private static final Set<String> DUPLICATE_RULES =
      Set.of("possible-duplicate", "duplicate-patient");

  @Resource UserTransaction transaction;
  @Inject ImportStore store;
  @Inject PatientsFacade patients;
  @Inject ScreeningsFacade screenings;
  @Inject DirectoryFacade directory;
  @Inject Validator validator;

  /** Where the rows come from, and on whose behalf. */
  record FileRows(
      ImportKind kind, String fileHash, Caller by, String jobId, Function<String, String> header) {}

  /** Imports the row and records its outcome; one transaction (two when the row is refused). */
  RowOutcome importRow(FileRows file, SheetRow row) {
    RowOutcome outcome = inTransaction(file, row, false);
    if (outcome.kind() != Kind.CREATED) {
      run(() -> store.record(file.jobId(), outcome), false);
    }
    return outcome;
  }

  /** What importing the row would do, nothing stored. */
  RowOutcome tryRow(FileRows file, SheetRow row) {
    return inTransaction(file, row, true);
  }

  private RowOutcome inTransaction(FileRows file, SheetRow row, boolean dryRun) {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("cannot begin a row's transaction", e);
    }
    boolean commit = false;
    try {
      RowOutcome outcome = outcome(file, row);
      if (outcome.kind() == Kind.CREATED && !dryRun) {
        store.record(file.jobId(), outcome);
        commit = true;
      }
      return outcome;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "import row {0} failed: {1}",
          new Object[] {row.number(), e.getClass().getName()});
      return new RowOutcome(
          row.number(),
          Kind.REJECTED,
          null,
          List.of(
              RowErrors.of(
                  row.number(),
                  null,
                  FieldError.of("row", "row-not-imported", e.getClass().getSimpleName()))));
    } finally {
      end(commit);
    }
  }

  private RowOutcome outcome(FileRows file, SheetRow row) {
    String before = store.importedBefore(file.kind(), file.fileHash(), row.number()).orElse(null);
    if (before != null) {
      return duplicate(row.number(), null, FieldError.of("row", "row-imported-before", before));
    }
    return file.kind() == ImportKind.PATIENTS ? patient(file, row) : screening(file, row);
  }

  private RowOutcome patient(FileRows file, SheetRow sheetRow) {
    PatientRow row = PatientRow.of(sheetRow);
    long number = row.number();
    Function<String, String> header = file.header();
    if (!row.errors().isEmpty()) {
      return rejected(number, RowErrors.of(number, row.errors(), c -> c, header));
    }
    String place = row.registration().placeCode();
    if (row.externalId() != null && place != null) {
      String known = store.externalPatient(place.strip(), row.externalId()).orElse(null);
      if (known != null) {
        return duplicate(
            number,
            header.apply("externalId"),
            FieldError.of("externalId", "external-id-imported-before", known));
      }
    }
    List<StoredError> invalid = new ArrayList<>();
    invalid.addAll(
        violations(
            number,
            validator.validate(row.registration()),
            PatientRow::columnOfRegistrationField,
            header));
    if (row.consent() != null) {
      invalid.addAll(
          violations(
              number, validator.validate(row.consent()), PatientRow::columnOfConsentField, header));
    }
    if (!invalid.isEmpty()) {
      return rejected(number, invalid);
    }
    PatientView created;
    try {
      created = patients.register(row.registration(), file.by());
    } catch (InvalidInput e) {
      return rejected(
          number, RowErrors.of(number, e.errors(), PatientRow::columnOfRegistrationField, header));
    } catch (BusinessRuleViolation e) {
      return ruleBroken(number, e, header);
    }
    if (row.consent() != null) {
      try {
        patients.giveConsent(created.id(), row.consent(), file.by());
      } catch (InvalidInput e) {
        return rejected(
            number, RowErrors.of(number, e.errors(), PatientRow::columnOfConsentField, header));
      } catch (BusinessRuleViolation e) {
        return rejected(number, List.of(RowErrors.of(number, header.apply("consentGivenOn"), e)));
      }
    }
    if (row.externalId() != null) {
      store.externalPatient(place.strip(), row.externalId(), created.id(), file.jobId());
    }
    if (file.jobId() != null) {
      store.imported(file.kind(), file.fileHash(), number, created.id(), file.jobId());
    }
    return RowOutcome.created(number, created.id());
  }

  private RowOutcome screening(FileRows file, SheetRow sheetRow) {
    ScreeningRow row = ScreeningRow.of(sheetRow);
    long number = row.number();
    Function<String, String> header = file.header();
    if (!row.errors().isEmpty()) {
      return rejected(number, RowErrors.of(number, row.errors(), c -> c, header));
    }
    if (row.patientId() == null) {
      List<String> found =
          store.externalPatients(row.externalId()).stream()
              .filter(id -> visible(id, file.by()))
              .toList();
      if (found.size() != 1) {
        String key = found.isEmpty() ? "external-id-unknown" : "external-id-ambiguous";
        return rejected(
            number,
            List.of(
                RowErrors.of(
                    number, header.apply("externalId"), FieldError.of("externalId", key))));
      }
      row = row.forPatient(found.get(0));
    }
    ScreeningRow named = row;
    List<StoredError> invalid =
        violations(number, validator.validate(row.screening()), named::columnOf, header);
    if (!invalid.isEmpty()) {
      return rejected(number, invalid);
    }
    ScreeningView recorded;
    try {
      recorded = screenings.record(row.screening(), file.by());
    } catch (InvalidInput e) {
      return rejected(number, RowErrors.of(number, e.errors(), named::columnOf, header));
    } catch (RecordNotFound e) {
      String column = header.apply(named.columnOf("patientId"));
      return rejected(
          number,
          List.of(RowErrors.of(number, column, FieldError.of("patientId", "no-patient-in-scope"))));
    } catch (BusinessRuleViolation e) {
      return rejected(number, List.of(RowErrors.of(number, null, e)));
    }
    if (file.jobId() != null) {
      store.imported(file.kind(), file.fileHash(), number, recorded.id(), file.jobId());
    }
    return RowOutcome.created(number, recorded.id());
  }

  private boolean visible(String patientId, Caller by) {
    try {
      patients.patient(patientId, by);
      return true;
    } catch (RecordNotFound | NotAllowed e) {
      return false;
    }
  }

  private RowOutcome ruleBroken(
      long number, BusinessRuleViolation rule, Function<String, String> header) {
    if (!DUPLICATE_RULES.contains(rule.rule())) {
      return rejected(number, List.of(RowErrors.of(number, null, rule)));
    }
    if (rule.rule().equals("duplicate-patient")) {
      Object existing = rule.details().get("existingPatientId");
      return duplicate(
          number,
          header.apply("nationalId"),
          FieldError.of("nationalId", "already-registered-as", String.valueOf(existing)));
    }
    return duplicate(
        number,
        null,
        FieldError.of(
            "row", "possible-duplicate-of", candidateIds(rule.details().get("candidates"))));
  }

  /** The ids of a possible duplicate's candidates (records with an {@code id}), comma-separated. */
  static String candidateIds(Object candidates) {
    if (!(candidates instanceof List<?> list)) {
      return "";
    }
    return list.stream()
        .map(
            candidate -> {
              if (candidate != null && candidate.getClass().isRecord()) {
                for (RecordComponent component : candidate.getClass().getRecordComponents()) {
                  if (component.getName().equals("id")) {
                    try {
                      return String.valueOf(component.getAccessor().invoke(candidate));
                    } catch (ReflectiveOperationException e) {
                      return "?";
                    }
                  }
                }
              }
              return "?";
            })
        .collect(Collectors.joining(", "));
  }

  private static List<StoredError> violations(
      long number,
      Set<? extends ConstraintViolation<?>> violations,
      Function<String, String> columnOf,
      Function<String, String> header) {
    List<FieldError> errors =
        violations.stream()
            .map(RowErrors::fieldError)
            .sorted(
                java.util.Comparator.comparing(FieldError::field)
                    .thenComparing(FieldError::message))
            .toList();
    return RowErrors.of(number, errors, columnOf, header);
  }

  private static RowOutcome rejected(long number, List<StoredError> errors) {
    return new RowOutcome(number, Kind.REJECTED, null, errors);
  }

  private static RowOutcome duplicate(long number, String column, FieldError error) {
    return new RowOutcome(
        number, Kind.DUPLICATE, null, List.of(RowErrors.of(number, column, error)));
  }

  /** Runs {@code work} in a transaction of its own, committed unless {@code rollback}. */
  void run(Runnable work, boolean rollback) {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("cannot begin a transaction", e);
    }
    boolean commit = false;
    try {
      work.run();
      commit = !rollback;
    } finally {
      end(commit);
    }
  }

  private void end(boolean commit) {
    try {
      if (commit && transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.commit();
      } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      try {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
          transaction.rollback();
        }
      } catch (IllegalStateException | SecurityException | SystemException ignored) {
        // the transaction is gone already
      }
      throw new IllegalStateException("a row's transaction did not end cleanly", e);
    }
  }
}
