package org.alliancecare.interop.internal.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.alliancecare.directory.api.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * An exported type over a list, for tests of the export's own logic: it honours {@code since}
 * (meta.lastUpdated), {@code patients} (the patient the test says each resource belongs to) and
 * hands resources over in batches, as the real types do over the facades.
 */
final class InMemoryType implements ExportedType {

  private final String type;
  private final boolean compartment;
  private final List<Resource> resources = new ArrayList<>();
  private final Function<Resource, String> patientOf;
  final List<Integer> batches = new ArrayList<>();
  Caller lastCaller;

  InMemoryType(String type, boolean compartment, Function<Resource, String> patientOf) {
    this.type = type;
    this.compartment = compartment;
    this.patientOf = patientOf;
  }

  InMemoryType add(Resource resource) {
    resources.add(resource);
    return this;
  }

  @Override
  public String resourceType() {
    return type;
  }

  @Override
  public boolean patientCompartment() {
    return compartment;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    lastCaller = by;
    int inBatch = 0;
    for (Resource resource : resources) {
      if (since != null && !resource.getMeta().getLastUpdated().toInstant().isAfter(since)) {
        continue;
      }
      if (patients != null && !patients.contains(patientOf.apply(resource))) {
        continue;
      }
      sink.accept(resource);
      if (++inBatch == 2) {
        batches.add(inBatch);
        inBatch = 0;
      }
    }
    if (inBatch > 0) {
      batches.add(inBatch);
    }
  }
}
