package org.alliancecare.interop.internal.imports;

import org.alliancecare.kernel.NotAllowed;

/** Imports are for coordinators and doctors (a doctor's rows within the jurisdiction). */
class ImportNotAllowed extends NotAllowed {

  ImportNotAllowed() {
    super("Imports are for coordinators and doctors.");
  }
}
