package org.alliancecare.web.internal;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read the components of records as properties ({@code #{patient.name}} for {@code
 * patient.name()}): the facades answer records, and Expression Language 5 of Jakarta EE 10 knows
 * only JavaBeans getters. Registered in {@code faces-config.xml}; records stay read-only.
 */
public class RecordProperties extends ELResolver {

  private static final ClassValue<Map<String, RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
          Map<String, RecordComponent> byName = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            component.getAccessor().setAccessible(true);
            byName.put(component.getName(), component);
          }
          return byName;
        }
      };

  private static RecordComponent componentOf(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    return COMPONENTS.get(base.getClass()).get(name);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = componentOf(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.getAccessor().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = componentOf(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // read-only: a record's component cannot be set
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (componentOf(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (componentOf(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }
}
