package org.alliancecare.interop.internal.export;

import java.util.List;

/**
 * A kick-off request that cannot be started as sent: each of {@link #problems()} names the header
 * or parameter at fault. Answered 400 with an {@code OperationOutcome} that has an issue per
 * problem, never a server error.
 */
public class ExportRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with one header or parameter, in words a client's developer can act on. */
  public record Problem(String field, String message) {}

  private final transient List<Problem> problems;

  public ExportRefused(List<Problem> problems) {
    super("export refused: " + problems.stream().map(Problem::field).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
