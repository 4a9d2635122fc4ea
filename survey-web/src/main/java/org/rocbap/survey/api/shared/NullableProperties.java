package org.rocbap.survey.api.shared;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Declares in the API's document which properties may be {@code null}: every property whose Java type
 * is a reference (JSON-B reads {@code null}, or a property left out, as none; the service then says
 * whether one is needed), never one of a primitive type (a {@code null} there is unreadable: 400). In
 * OpenAPI 3.1 that is {@code "null"} among the property's types, or {@code anyOf} with a {@code null}
 * schema beside a reference. Which properties a body must have is the schema's {@code required} list;
 * the rest are optional.
 */
public final class NullableProperties {

    private static final String OWN = "org.rocbap.survey.";

    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    private NullableProperties() {}

    /**
     * Marks the nullable properties of every schema named after a type the resources read from a body.
     * What they answer leaves a property out rather than send it null, so answers are not marked.
     */
    public static void declareIn(OpenAPI document, Collection<Class<?>> resources) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        typesByName(resources).forEach((name, type) -> {
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties()
                    .forEach((property, described) -> properties.put(
                            property,
                            propertyType(type, property)
                                    .filter(t -> !(t instanceof Class<?> c && c.isPrimitive()))
                                    .map(t -> nullable(described))
                                    .orElse(described)));
            schema.setProperties(properties);
        });
    }

    /** The API's own types that bodies carry, by the name their schema has; a name two share is left out. */
    private static Map<String, Class<?>> typesByName(Collection<Class<?>> resources) {
        Deque<Type> todo = new ArrayDeque<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (int i = 0; i < method.getParameterCount(); i++) {
                    if (Arrays.stream(method.getParameterAnnotations()[i])
                            .noneMatch(a -> NOT_BODY.contains(a.annotationType()))) {
                        todo.add(method.getGenericParameterTypes()[i]);
                    }
                }
            }
        }
        Map<String, Class<?>> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof GenericArrayType array) {
                todo.add(array.getGenericComponentType());
            } else if (type instanceof Class<?> c && c.isArray()) {
                todo.add(c.getComponentType());
            } else if (type instanceof Class<?> c && c.getName().startsWith(OWN) && !c.isEnum() && seen.add(c)) {
                String name = schemaName(c);
                if (byName.putIfAbsent(name, c) != null) {
                    shared.add(name);
                }
                properties(c).forEach(todo::add);
            }
        }
        shared.forEach(byName::remove);
        return byName;
    }

    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    private static List<Type> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getGenericType)
                    .toList();
        }
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .map(Field::getGenericType)
                .toList();
    }

    private static Optional<Type> propertyType(Class<?> type, String property) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(property))
                    .map(RecordComponent::getGenericType)
                    .findFirst();
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredField(property).getGenericType());
            } catch (NoSuchFieldException e) {
                // a property of a superclass, or one JSON-B reads through a getter alone
            }
        }
        return Optional.empty();
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() == null
                && schema.getType() != null
                && !schema.getType().isEmpty()) {
            if (!schema.getType().contains(SchemaType.NULL)) {
                schema.addType(SchemaType.NULL);
            }
            return schema;
        }
        return OASFactory.createSchema()
                .description(schema.getDescription())
                .anyOf(List.of(
                        schema.description(null), OASFactory.createSchema().addType(SchemaType.NULL)));
    }
}
