package it.tempo.documents;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The JAX-RS resource methods a WAR really has, read from the WAR that runs (its classes and the platform jar it
 * bundles), as "METHOD /path" relative to its context root with parameters as the documents write them ({id}).
 */
final class ResourceMethods {

    private static final String PATH_DESCRIPTOR = "Ljakarta/ws/rs/Path;";

    private ResourceMethods() {
    }

    static Set<String> of(java.nio.file.Path war) {
        java.nio.file.Path unpacked = unpack(war);
        List<URL> roots = new ArrayList<>();
        try (Stream<java.nio.file.Path> libs = Files.list(unpacked.resolve("WEB-INF/lib"))) {
            roots.add(unpacked.resolve("WEB-INF/classes").toUri().toURL());
            for (java.nio.file.Path lib : libs.filter(jar -> jar.getFileName().toString().startsWith("tempo-platform")).toList()) {
                roots.add(lib.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> operations = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(roots.toArray(URL[]::new), ResourceMethods.class.getClassLoader())) {
            for (String className : classNames(unpacked)) {
                Class<?> type = Class.forName(className, false, loader);
                Path root = type.getAnnotation(Path.class);
                if (root != null && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    operations.addAll(operationsOf(type, root.value()));
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the resources of " + war + ": " + e, e);
        }
        return operations;
    }

    private static List<String> operationsOf(Class<?> type, String root) {
        List<String> operations = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethodOf(method);
            Path sub = method.getAnnotation(Path.class);
            if (httpMethod != null) {
                operations.add(httpMethod + " " + normalized(root + "/" + (sub == null ? "" : sub.value())));
            } else if (sub != null) {
                throw new AssertionError("a sub-resource locator the documents cannot describe: " + method);
            }
        }
        return operations;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** One slash between segments, none at the end, and a parameter's regular expression left out. */
    static String normalized(String path) {
        String withoutRegex = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
        String single = ("/" + withoutRegex).replaceAll("/+", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    private static List<String> classNames(java.nio.file.Path unpacked) throws IOException {
        List<String> names = new ArrayList<>();
        java.nio.file.Path classes = unpacked.resolve("WEB-INF/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                if (annotatedWithPath(Files.readAllBytes(file))) {
                    names.add(className(classes.relativize(file).toString()));
                }
            }
        }
        try (Stream<java.nio.file.Path> libs = Files.list(unpacked.resolve("WEB-INF/lib"))) {
            for (java.nio.file.Path lib : libs.filter(jar -> jar.getFileName().toString().startsWith("tempo-platform")).toList()) {
                try (ZipInputStream jar = new ZipInputStream(Files.newInputStream(lib))) {
                    for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                        if (entry.getName().endsWith(".class") && annotatedWithPath(jar.readAllBytes())) {
                            names.add(className(entry.getName()));
                        }
                    }
                }
            }
        }
        return names.stream().filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info")).toList();
    }

    /**
     * Whether the class file names JAX-RS' {@code @Path} at all: only those are loaded, so the classes that need
     * the WAR's other libraries (Flyway, the broker client) are never linked here.
     */
    private static boolean annotatedWithPath(byte[] classFile) {
        return new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PATH_DESCRIPTOR);
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }

    private static java.nio.file.Path unpack(java.nio.file.Path war) {
        try {
            java.nio.file.Path target = Files.createTempDirectory("tempo-war-");
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    java.nio.file.Path file = target.resolve(entry.getName()).normalize();
                    if (!file.startsWith(target)) {
                        throw new IOException("an entry outside the WAR: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(zip, file); // the entry's bytes; the stream stays open for the next entry
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
