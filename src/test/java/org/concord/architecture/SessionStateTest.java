package org.concord.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sessions are replicated through Payara's data grid ({@code <distributable/>} in web.xml), so
 * everything a session holds must serialise: every session- and view-scoped bean is
 * Serializable, and each of its fields is a primitive, a Serializable type (for collections and
 * maps, their element types too), transient, or an injected bean the container replaces by a
 * serialisable proxy (a normal-scoped bean) or that is Serializable itself; Concord's own types
 * are followed field by field (message arguments, numbers and texts, are the one list of plain
 * objects allowed).
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanSerialises() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concord")) {
            if (type.isAnnotatedWith(SessionScoped.class) || type.isAnnotatedWith(ViewScoped.class)) {
                beans.add(type.reflect());
            }
        }
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> level = bean; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    if (field.isAnnotationPresent(Inject.class) ? !injectable(field.getType()) : !serialisable(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + ")");
                    }
                }
            }
        }
        problems.addAll(DEEP);
        assertEquals(List.of(), problems, "fields a replicated session could not carry");
        assertEquals(true, beans.size() > 10, "the beans were found: " + beans);
    }

    private static boolean injectable(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class)
                || type.isInterface() && (type.getName().startsWith("jakarta.servlet.http.") || implementedByNormalScoped(type))
                || Serializable.class.isAssignableFrom(type) || type == java.time.Clock.class;
    }

    /** An interface of Concord's whose every implementation is an application-scoped bean (injected as a proxy). */
    private static boolean implementedByNormalScoped(Class<?> type) {
        List<JavaClass> implementations = new ArrayList<>(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.concord")
                .get(type).getAllSubclasses());
        return !implementations.isEmpty() && implementations.stream().allMatch(c -> c.isAnnotatedWith(ApplicationScoped.class));
    }

    private static boolean serialisable(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            if (raw == Optional.class) {
                return false;
            }
            if (container) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    if (!serialisable(argument)) {
                        return false;
                    }
                }
                return true;
            }
            return serialisable(raw);
        }
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return serialisable(plain.getComponentType());
            }
            if (plain.isPrimitive() || plain.isEnum()) {
                return true;
            }
            if (!Serializable.class.isAssignableFrom(plain) && !Collection.class.isAssignableFrom(plain)
                    && !Map.class.isAssignableFrom(plain)) {
                return false;
            }
            return !plain.getName().startsWith("org.concord.") || fieldsSerialise(plain);
        }
        return type instanceof java.lang.reflect.WildcardType || type instanceof java.lang.reflect.TypeVariable<?>;
    }

    /** Concord's own Serializable types: their fields too, once each. */
    private static final java.util.Set<Class<?>> SEEN = new java.util.HashSet<>();

    private static boolean fieldsSerialise(Class<?> type) {
        if (!SEEN.add(type)) {
            return true;
        }
        for (Class<?> level = type; level != null && level.getName().startsWith("org.concord."); level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !serialisable(field.getGenericType())
                        && !messageArguments(field)) {
                    DEEP.add(type.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + ")");
                }
            }
        }
        return true;
    }

    private static final List<String> DEEP = new ArrayList<>();

    /** A message's arguments (numbers and texts for MessageFormat), the one list of plain objects allowed. */
    private static boolean messageArguments(Field field) {
        return field.getName().equals("arguments") && field.getGenericType().getTypeName().equals("java.util.List<java.lang.Object>");
    }
}
