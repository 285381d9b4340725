package io.github.southsouth.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Helpers that run Guava's contract testers over a module's exported API, shared by the modules'
 * contract tests.
 */
public final class ApiContracts {

  private ApiContracts() {}

  /**
   * Lists the public top-level types of the given packages, and their public nested types, from
   * the compiled classes of the module that holds {@code anchor} (a directory or a jar, on the
   * class path or the module path alike).
   *
   * @param anchor a main class of the module
   * @param packages the exported packages
   * @return the public types, in name order
   */
  public static List<Class<?>> publicTypes(Class<?> anchor, List<String> packages) {
    try {
      Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names;
      try (Stream<Path> files = Files.walk(classes)) {
        names = files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
            .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
            .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
            .sorted()
            .toList();
      }
      List<Class<?>> types = new ArrayList<>();
      for (String name : names) {
        if (packages.contains(name.substring(0, name.lastIndexOf('.')))) {
          Class<?> type = Class.forName(name, false, anchor.getClassLoader());
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
            for (Class<?> nested : type.getDeclaredClasses()) {
              if (Modifier.isPublic(nested.getModifiers())) {
                types.add(nested);
              }
            }
          }
        }
      }
      return types;
    } catch (java.io.IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("the classes of " + anchor + " could not be listed", e);
    }
  }

  /**
   * Checks that every public static method and constructor of a type refuses {@code null}.
   *
   * @param tester the tester, with defaults for the parameter types it cannot make
   * @param type the public type
   */
  public static void testStaticMethodsAndConstructors(NullPointerTester tester, Class<?> type) {
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  /**
   * Runs {@link NullPointerTester#testMethod} on each public instance method of the public type:
   * the runtime class may be a generated implementation that a named module does not open, and
   * its extra methods are not API.
   *
   * @param tester the tester, with defaults for the parameter types it cannot make
   * @param api the public type
   * @param instance an instance of it
   */
  public static void testInstanceMethods(NullPointerTester tester, Class<?> api, Object instance) {
    assertThat(instance).isInstanceOf(api);
    for (Method method : api.getMethods()) {
      boolean isEquals = method.getName().equals("equals") && method.getParameterCount() == 1;
      if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class && !isEquals) {
        tester.testMethod(instance, method);
      }
    }
  }

  /**
   * Checks that no public method of the types names a generated {@code Immutable*} class of
   * southsouth in its signature.
   *
   * @param types the public types
   */
  public static void assertNoGeneratedTypeInSignatures(List<Class<?>> types) {
    for (Class<?> type : types) {
      assertThat(type.getSimpleName()).doesNotStartWith("Immutable");
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass().getPackageName().startsWith("io.github.southsouth")) {
          assertThat(method.toGenericString()).as("a public method of %s", type)
              .doesNotContainPattern("io\\.github\\.southsouth\\.[a-z.]+\\.Immutable");
        }
      }
    }
  }
}
