package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Pages read the components of the facades' records as properties, and only read them. */
class RecordPropertiesTest {

  record Clinic(String clinicNumber, int capacity) {}

  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }

  private final RecordProperties resolver = new RecordProperties();

  @Test
  void a_component_of_a_record_reads_as_a_property() {
    Context context = new Context();
    Clinic clinic = new Clinic("OC-2026-0001", 30);
    assertThat(resolver.getValue(context, clinic, "clinicNumber")).isEqualTo("OC-2026-0001");
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(resolver.getValue(new Context(), clinic, "capacity")).isEqualTo(30);
    assertThat(resolver.isReadOnly(new Context(), clinic, "capacity")).isTrue();
  }

  @Test
  void anything_else_is_left_to_the_other_resolvers() {
    Context context = new Context();
    assertThat(resolver.getValue(context, new Clinic("OC-2026-0001", 30), "nothing")).isNull();
    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void a_record_cannot_be_written_through_a_page() {
    assertThatThrownBy(
            () -> resolver.setValue(new Context(), new Clinic("OC-2026-0001", 30), "capacity", 5))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
