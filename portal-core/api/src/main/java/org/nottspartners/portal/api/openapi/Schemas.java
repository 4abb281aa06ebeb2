package org.nottspartners.portal.api.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas for the Java types the API reads and writes, as JSON-B writes them: a record by its
 * components, any other class by its public fields (its own and its parents'), an enum by its names.
 * Each such type becomes one named schema in the document's components, referred to wherever it is
 * used; two types with one simple name are told apart by the class they are nested in.
 */
final class Schemas {

    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, Schema> components = new LinkedHashMap<>();

    /** The named schemas made so far, by name. */
    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a value of this type: a reference for the API's own types, inline for the rest. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(args[0]), java.util.Set.class.isAssignableFrom(raw));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(args[1]));
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return of(raw);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType g) {
            return array(of(g.getGenericComponentType()), false);
        }
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    private Schema ofClass(Class<?> c) {
        Schema simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c == byte[].class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("byte");
        }
        if (c.isArray()) {
            return array(of(c.getComponentType()), false);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(OASFactory.createSchema(), false);
        }
        if (Map.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesBoolean(true);
        }
        if (c == Object.class || c.isInterface() || c.getName().startsWith("java.")) {
            return OASFactory.createSchema().type(SchemaType.OBJECT);
        }
        return OASFactory.createSchema().ref(named(c));
    }

    private static Schema array(Schema items, boolean unique) {
        Schema s = OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
        return unique ? s.uniqueItems(true) : s;
    }

    /** The schema of a type JSON writes as one value, or null for the API's own types. */
    private static Schema simple(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (c == UUID.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (c == OffsetDateTime.class || c == ZonedDateTime.class || c == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (c.getName().startsWith("java.time.")) {
            // a local date-time or time has no offset, which "date-time" requires: plain text in ISO form
            return OASFactory.createSchema().type(SchemaType.STRING).description("ISO 8601, " + c.getSimpleName());
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        return null;
    }

    /** The name of the type's schema in the components, made the first time the type is met. */
    private String named(Class<?> c) {
        String known = names.get(c);
        if (known != null) {
            return known;
        }
        String name = c.getSimpleName();
        if (components.containsKey(name) && c.getEnclosingClass() != null) {
            name = c.getEnclosingClass().getSimpleName() + name;
        }
        String base = name;
        for (int i = 2; components.containsKey(name); i++) {
            name = base + i;
        }
        names.put(c, name);
        components.put(name, OASFactory.createSchema()); // reserved first, so that a type that refers to itself ends
        components.put(name, describe(c));
        return name;
    }

    private Schema describe(Class<?> c) {
        if (c.isEnum()) {
            List<Object> values = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return OASFactory.createSchema().type(SchemaType.STRING).enumeration(values);
        }
        Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                property(s, required, rc.getName(), rc.getGenericType(), rc.getAccessor(), fieldOf(c, rc.getName()));
            }
        } else {
            for (Field f : publicFields(c)) {
                property(s, required, f.getName(), f.getGenericType(), f);
            }
        }
        if (!required.isEmpty()) {
            s.required(required);
        }
        return s;
    }

    private void property(Schema owner, List<String> required, String javaName, Type type, AnnotatedElement... where) {
        if (annotated(JsonbTransient.class, where) != null) {
            return;
        }
        JsonbProperty renamed = annotated(JsonbProperty.class, where);
        String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : javaName;
        Schema p = of(type);
        Size size = annotated(Size.class, where);
        if (size != null && p.getRef() == null && p.getType() == SchemaType.STRING) {
            if (size.min() > 0) {
                p.minLength(size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                p.maxLength(size.max());
            }
        }
        if (annotated(NotBlank.class, where) != null || annotated(NotNull.class, where) != null) {
            required.add(name);
        }
        owner.addProperty(name, p);
    }

    private static <A extends java.lang.annotation.Annotation> A annotated(Class<A> kind, AnnotatedElement... where) {
        return Arrays.stream(where).filter(e -> e != null && e.isAnnotationPresent(kind)).findFirst()
                .map(e -> e.getAnnotation(kind)).orElse(null);
    }

    private static Field fieldOf(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Public instance fields, the parent's before the child's, each in the order it is declared. */
    private static List<Field> publicFields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
            fields.addAll(publicFields(c.getSuperclass()));
        }
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                fields.add(f);
            }
        }
        return fields;
    }
}
