package org.alliancecare.screening.api;

import java.util.List;

/** What is screened, and the methods that screen it. */
public enum ScreeningKind {
  VISION(ScreeningMethod.OPTOTYPE, ScreeningMethod.INSTRUMENT, ScreeningMethod.CLINICIAN),
  HEARING(ScreeningMethod.OAE, ScreeningMethod.AABR, ScreeningMethod.PURE_TONE),
  SPEECH(ScreeningMethod.CLINICIAN);

  private final List<ScreeningMethod> methods;

  ScreeningKind(ScreeningMethod... methods) {
    this.methods = List.of(methods);
  }

  /** The methods that screen this kind, in the order a form offers them. */
  public List<ScreeningMethod> methods() {
    return methods;
  }

  public boolean isScreenedBy(ScreeningMethod method) {
    return methods.contains(method);
  }
}
