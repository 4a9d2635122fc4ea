package org.rocbap.survey.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything a page keeps in the session can travel to another node of a cluster: the beans of the
 * view and session scopes, and every type their fields hold, down to the application's own records
 * and entities, are serializable. Injected services are the container's serializable proxies.
 * Without this, the node that holds a session cannot copy it, and its user loses the page when that
 * node dies.
 */
class SessionStateTest {

    @Test
    void whatPagesKeepInTheSessionIsSerializable() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        List<Class<?>> beans = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.rocbap.survey.web")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                        .map(JavaClass::reflect)
                        .toList();
        assertThat(beans).as("the view- and session-scoped beans").hasSizeGreaterThan(10);
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), checked, problems);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static void check(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type.isPrimitive() || type.isEnum() || !checked.add(type)) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", checked, problems);
            return;
        }
        boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
        if (concrete && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith("org.rocbap.survey.")) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("org.rocbap.survey."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof Class<?> c) {
            check(c, path, checked, problems);
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, checked, problems);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", checked, problems);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, checked, problems);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkType(bound, path, checked, problems);
            }
        }
    }
}
