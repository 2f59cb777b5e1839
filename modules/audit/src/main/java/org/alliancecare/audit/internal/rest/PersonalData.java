package org.alliancecare.audit.internal.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.GenericEntity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PersonalRecord;

/**
 * The patients whose personal data a response entity carries: the {@link PersonalRecord}s in it,
 * found in the entity itself, in collections, arrays, maps, optionals and pages, and in the
 * components of our own records (a view that nests a patient), a few levels deep.
 */
final class PersonalData {

  private static final int MAX_DEPTH = 6;

  /**
   * The accessors of a record's components that may hold a personal record (not those of text,
   * numbers, dates, enums or JSON), found once per record type: a timeline answers a hundred
   * entries of eleven components.
   */
  private static final ClassValue<List<Method>> CONTAINERS =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          List<Method> accessors = new ArrayList<>();
          for (RecordComponent component : type.getRecordComponents()) {
            if (mayHoldRecords(component.getType())) {
              Method accessor = component.getAccessor();
              accessor.setAccessible(true);
              accessors.add(accessor);
            }
          }
          return List.copyOf(accessors);
        }
      };

  private final Map<String, Set<String>> recordsByPatient = new LinkedHashMap<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private PersonalData() {}

  /** Patient id → ids of the records of that patient in the entity, in the order met. */
  static Map<String, Set<String>> in(Object entity) {
    PersonalData found = new PersonalData();
    found.walk(entity, 0);
    return found.recordsByPatient;
  }

  private void walk(Object value, int depth) {
    if (value == null
        || depth > MAX_DEPTH
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof JsonValue
        || !seen.add(value)) {
      return;
    }
    if (value instanceof PersonalRecord record) {
      recordsByPatient
          .computeIfAbsent(record.patientId(), patient -> new LinkedHashSet<>())
          .add(record.recordId());
    }
    if (value instanceof GenericEntity<?> generic) {
      walk(generic.getEntity(), depth + 1);
    } else if (value instanceof Iterable<?> iterable) {
      iterable.forEach(item -> walk(item, depth + 1));
    } else if (value instanceof Object[] array) {
      for (Object item : array) {
        walk(item, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> walk(item, depth + 1));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(item -> walk(item, depth + 1));
    } else if (value instanceof Page<?> page) {
      walk(page.items(), depth + 1);
    } else if (value instanceof Record record && ours(record.getClass())) {
      for (Method accessor : CONTAINERS.get(record.getClass())) {
        walk(read(accessor, record), depth + 1);
      }
    }
  }

  private static boolean ours(Class<?> type) {
    return type.getName().startsWith("org.alliancecare.");
  }

  private static boolean mayHoldRecords(Class<?> type) {
    return !(type.isPrimitive()
        || CharSequence.class.isAssignableFrom(type)
        || Number.class.isAssignableFrom(type)
        || Boolean.class == type
        || type.isEnum()
        || JsonValue.class.isAssignableFrom(type)
        || Temporal.class.isAssignableFrom(type)
        || UUID.class == type);
  }

  private static Object read(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
    }
  }
}
