package io.github.perfeval.core.form;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code Immutable*} classes stay out of the public API: every public signature of the
 * module (return types, parameters, fields, with their type arguments) names the abstract model types
 * and their nested {@code Builder}s only. A model type added without its nested {@code Builder}
 * exposes its generated builder and fails here.
 */
public class PublicApiTest {

    @Test
    void generatedImplementationsAreNotPublic() throws Exception {
        List<Class<?>> generated = classesOfThisModule().stream()
                .filter(c -> c.getSimpleName().startsWith("Immutable") && c.getEnclosingClass() == null)
                .collect(Collectors.toList());
        assertThat(generated).isNotEmpty();
        assertThat(generated).allSatisfy(c -> assertThat(Modifier.isPublic(c.getModifiers())).as(c.getName()).isFalse());
    }

    @Test
    void noPublicSignatureNamesAGeneratedType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : classesOfThisModule()) {
            if (!isVisible(c)) {
                continue;
            }
            for (Method m : c.getMethods()) {
                check(c, m, m.getGenericReturnType(), leaks);
                checkParameters(c, m, leaks);
            }
            for (Executable k : c.getConstructors()) {
                checkParameters(c, k, leaks);
            }
            for (Field f : c.getFields()) {
                check(c, f, f.getGenericType(), leaks);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void buildersBuildTheAbstractType() throws Exception {
        assertThat(Form.class.getMethod("builder").getReturnType()).isEqualTo(Form.Builder.class);
        assertThat(Form.Builder.class.getMethod("build").getReturnType()).isEqualTo(Form.class);
        assertThat(Form.Builder.class.getMethod("kind", FormKind.class).getReturnType()).isEqualTo(Form.Builder.class);
        Form form = Form.builder().kind(FormKind.PROJECT).build();
        assertThat(Form.builder().from(form).year(2024).build().getYear()).contains(2024);
    }

    private static void checkParameters(Class<?> c, Executable e, List<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) {
            check(c, e, t, leaks);
        }
    }

    private static void check(Class<?> owner, Object member, Type t, List<String> leaks) {
        String name = t.getTypeName();
        if (name.matches("(?s).*\\bio\\.github\\.perfeval\\.[\\w.$]*\\.Immutable\\w*.*")) {
            leaks.add(owner.getName() + ": " + member + " → " + name);
        }
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Every class compiled from this module's main sources. */
    public static List<Class<?>> classesOfThisModule() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Form.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.endsWith("package-info") && !name.equals("module-info")) {
                    classes.add(Class.forName(name, false, PublicApiTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
