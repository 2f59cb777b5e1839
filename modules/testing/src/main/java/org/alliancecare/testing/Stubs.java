package org.alliancecare.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for other modules' facades (or any interface) in tests that wire a facade by hand: each
 * answers the methods it is given, by name, and refuses any other, so a test states what it relies
 * on.
 */
public final class Stubs {

  private Stubs() {}

  /**
   * An implementation of {@code type} whose methods named in {@code answers} answer with the
   * function of their arguments; any other method throws {@link UnsupportedOperationException}.
   */
  public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
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
