package org.alliancecare.rehabilitation.internal.application;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for other modules' facades in tests that wire the rehabilitation facade by hand: each
 * answers the methods it is given and refuses any other, so a test states what it relies on.
 */
final class Stubs {

  private Stubs() {}

  static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "toString" -> "stub " + type.getSimpleName();
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == arguments[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              }
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(
                    type.getSimpleName() + "." + method.getName() + " is not part of this test");
              }
              return answer.apply(arguments);
            }));
  }
}
