package se.inkasso.complaints.web.probe;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One operation of the API as its code declares it: HTTP method (any annotation that JAX-RS
 * knows as one), path under {@code /api}, the roles
 * that may call it ({@code PUBLIC} when anyone may) and whether it reads a JSON body. Found by
 * reflection over every resource, so a new endpoint cannot escape the probe.
 */
public record Endpoint(String method, String path, Set<String> roles, boolean readsBody) {

    public static final String PUBLIC = "PUBLIC";
    private static final String API_PACKAGE = "se.inkasso.complaints.web.api";

    public String key() {
        return method + " " + path;
    }

    /** The path with every {@code {parameter}} replaced by a value that names nothing. */
    public String pathWith(String value) {
        return path.replaceAll("\\{[^}]+}", value);
    }

    public static List<Endpoint> declared() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(API_PACKAGE).stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(type -> type.reflect())
                .flatMap(Endpoint::of)
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .toList();
    }

    private static Stream<Endpoint> of(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getDeclaredMethods()).flatMap(method -> Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(verb -> verb != null)
                .map(verb -> new Endpoint(verb.value(), join(base, method.getAnnotation(Path.class)),
                        roles(resource, method), readsBody(method))));
    }

    private static String join(String base, Path sub) {
        String path = sub == null ? base : base + "/" + sub.value();
        return path.replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of(PUBLIC);
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return Set.of(PUBLIC);
        }
        return new TreeSet<>(List.of(allowed.value()));
    }

    /** An entity parameter (one without a JAX-RS or context annotation) of type JsonObject. */
    private static boolean readsBody(Method method) {
        return Arrays.stream(method.getParameters()).filter(parameter -> parameter.getAnnotations().length == 0)
                .map(Parameter::getType).anyMatch(JsonObject.class::equals);
    }
}
