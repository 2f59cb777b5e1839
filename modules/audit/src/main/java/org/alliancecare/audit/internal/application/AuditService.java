package org.alliancecare.audit.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.audit.internal.domain.CanonicalJson;
import org.alliancecare.audit.internal.domain.JournalVerifier;
import org.alliancecare.audit.internal.domain.RootHash;
import org.alliancecare.audit.internal.persistence.JdbcAccessLog;
import org.alliancecare.audit.internal.persistence.JdbcJournal;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.persistence.StaleTolerantRead;
import org.alliancecare.kernel.persistence.StaleTolerantReads;

/**
 * The audit facade. Reads run in a transaction so that PostgreSQL streams long results through a
 * cursor (verification and checkpoints read the whole journal a thousand rows at a time).
 *
 * <p>The auditor's searches — journal and access-log lists, verification, checkpoints — are {@link
 * StaleTolerantReads}: they run on the replica when it has replayed every write acknowledged before
 * the search began, else on the primary. A patient's timeline, which the clinicians read right
 * after they write, stays on the primary; the access log's rows are always written there.
 */
@ApplicationScoped
public class AuditService implements AuditFacade {

  @Inject BusinessClock clock;

  @Inject DataSource dataSource;

  @Inject StaleTolerantReads reads;

  @Inject AccessLog accessLog;

  public AuditService() {}

  /** A facade wired by hand, without the access log's writer (tests). */
  public AuditService(BusinessClock clock, DataSource dataSource, StaleTolerantReads reads) {
    this.clock = clock;
    this.dataSource = dataSource;
    this.reads = reads;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<JournalEntry> timeline(String patientId, PageRequest page) {
    Objects.requireNonNull(patientId, "patientId");
    try (Connection connection = dataSource.getConnection()) {
      return JdbcJournal.page(connection, JournalQuery.ofPatient(patientId), page);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the journal", e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public List<JournalEntry> timeline(String patientId) {
    List<JournalEntry> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<JournalEntry> entries = timeline(patientId, page);
      all.addAll(entries.items());
      if (entries.nextCursor() == null) {
        return all;
      }
      page = PageRequest.of(PageRequest.MAX_LIMIT, entries.nextCursor());
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<JournalEntry> journal(JournalQuery query, PageRequest page) {
    try (StaleTolerantRead read = reads.begin()) {
      return JdbcJournal.page(read.connection(), query, page);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the journal", e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<AccessRecord> accessLog(AccessQuery query, PageRequest page) {
    try (StaleTolerantRead read = reads.begin()) {
      return JdbcAccessLog.page(read.connection(), query, page);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the access log", e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Verification verify(String streamType, String streamId, Checkpoint checkpoint) {
    if (streamId != null && streamType == null) {
      throw InvalidInput.of("streamId", "needs-streamtype-as-well");
    }
    List<StreamHead> heads =
        checkpoint == null ? List.of() : headsInScope(checkpoint, streamType, streamId);
    try (StaleTolerantRead read = reads.begin()) {
      return JdbcJournal.inStreamOrder(
          read.connection(),
          streamType,
          streamId,
          entries -> JournalVerifier.verify(entries, heads));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the journal", e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Checkpoint latestCheckpoint() {
    try (StaleTolerantRead read = reads.begin()) {
      return JdbcJournal.checkpoint(read.connection(), CanonicalJson.micros(clock.now()));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the journal", e);
    }
  }

  @Override
  public void recordAccess(List<AccessRecord> rows) {
    accessLog.add(rows);
  }

  /**
   * The heads of a checkpoint that a client posted back, after checking that they are the ones its
   * root hash was computed over, narrowed to the streams being verified.
   */
  static List<StreamHead> headsInScope(Checkpoint checkpoint, String streamType, String streamId) {
    List<FieldError> errors = new ArrayList<>();
    if (checkpoint.heads() == null) {
      errors.add(FieldError.of("checkpoint.heads", "required-post-whole-checkpoint-back"));
    }
    if (checkpoint.rootHash() == null) {
      errors.add(FieldError.of("checkpoint.rootHash", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    RootHash root = new RootHash();
    List<StreamHead> inScope = new ArrayList<>();
    for (int i = 0; i < checkpoint.heads().size(); i++) {
      StreamHead head = checkpoint.heads().get(i);
      if (head == null
          || head.streamType() == null
          || head.streamId() == null
          || head.hash() == null
          || head.streamVersion() < 1) {
        throw InvalidInput.of(
            "checkpoint.heads[" + i + "]", "needs-streamtype-streamid-streamversion-and-hash");
      }
      try {
        root.add(head);
      } catch (IllegalArgumentException e) {
        throw InvalidInput.of("checkpoint.heads[" + i + "]", "out-of-order-heads-are-sorted-by");
      }
      if ((streamType == null || streamType.equals(head.streamType()))
          && (streamId == null || streamId.equals(head.streamId()))) {
        inScope.add(head);
      }
    }
    if (root.entries() != checkpoint.entries()) {
      throw InvalidInput.of("checkpoint.entries", "not-number-of-entries-that-checkpoint-s");
    }
    if (!root.hex().equals(checkpoint.rootHash())) {
      throw InvalidInput.of("checkpoint.rootHash", "does-not-match-checkpoint-s-heads-checkpoint");
    }
    return inScope;
  }
}
