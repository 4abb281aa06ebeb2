package org.nottspartners.portal.systemtests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;

/**
 * Validates JSON documents against the Open Referral UK (HSDS 3.0 UK profile) JSON schemas.
 * <p>
 * The schema files are read once, from the classpath folder {@value #CLASSPATH_FOLDER}
 * (copied unchanged from github.com/OpenReferralUK/uk-profile, see {@code oruk/NOTICE.md}).
 * They carry neither {@code $schema} nor {@code $id}, so they are read as JSON Schema Draft 2020-12,
 * with format assertions switched on ({@code uuid}, {@code email}, {@code uri}, {@code date-time} are enforced).
 * The one relative {@code $ref} ({@code taxonomy.json} &rarr; {@code taxonomy_term.json}) is resolved against the
 * schema's own {@code classpath:} address; nothing is ever fetched from the network (only {@code classpath:}
 * addresses may be loaded).
 * <p>
 * The ORUK/Frictionless extras in the files ({@code name}, {@code path}, {@code example}, {@code core},
 * {@code constraints}, {@code datapackage_metadata}, {@code datapackage_type}, {@code tabular_required}, ...) are
 * not JSON Schema keywords; they are ignored silently, without the library's "Unknown keyword" warning.
 * <p>
 * An instance is immutable and thread-safe: build it once (e.g. as an application-scoped bean) and share it.
 */
public final class OrukSchemas {

    /** Classpath folder holding the schema files. */
    public static final String CLASSPATH_FOLDER = "oruk/schema/";

    /** The ORUK schemas this class can validate against. */
    public enum OrukSchema {
        /** A fully nested service: answer of {@code GET /services/{id}}. */
        SERVICE("compiled/service.json"),
        /** A service with one-to-one fields only: item of {@code GET /services}. */
        SERVICE_LIST("compiled/service_list.json"),
        /** A fully nested service_at_location. */
        SERVICE_AT_LOCATION("compiled/service_at_location.json"),
        /** A service_at_location with one-to-one fields only: item of {@code GET /service_at_locations}. */
        SERVICE_AT_LOCATION_LIST("compiled/service_at_location_list.json"),
        /** A taxonomy: answer of {@code GET /taxonomies/{id}}, item of {@code GET /taxonomies}. */
        TAXONOMY("taxonomy.json"),
        /** A taxonomy term: answer of {@code GET /taxonomy_terms/{id}}, item of {@code GET /taxonomy_terms}. */
        TAXONOMY_TERM("taxonomy_term.json");

        private final String file;

        OrukSchema(String file) {
            this.file = file;
        }

        /** File name relative to {@link #CLASSPATH_FOLDER}, e.g. {@code compiled/service.json}. */
        public String file() {
            return file;
        }

        /** The schema's address, e.g. {@code classpath:oruk/schema/compiled/service.json}. */
        public String iri() {
            return "classpath:" + CLASSPATH_FOLDER + file;
        }

        /**
         * Looks a schema up by constant name ({@code SERVICE_LIST}, {@code service_list}) or by file
         * ({@code compiled/service_list.json}); case-insensitive.
         *
         * @throws IllegalArgumentException if no schema has that name
         */
        public static OrukSchema byName(String name) {
            if (name != null) {
                String n = name.trim();
                for (OrukSchema s : values()) {
                    if (s.name().equalsIgnoreCase(n) || s.file.equalsIgnoreCase(n)) {
                        return s;
                    }
                }
            }
            throw new IllegalArgumentException("Unknown ORUK schema '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(s -> s.name() + " (" + s.file + ")").collect(Collectors.joining(", ")));
        }
    }

    /** Page fields of a list answer and their types, as in the ORUK OpenAPI {@code Page} schema. */
    private static final String[][] PAGE_FIELDS = {
            {"total_items", "integer"}, {"total_pages", "integer"}, {"page_number", "integer"}, {"size", "integer"},
            {"first_page", "boolean"}, {"last_page", "boolean"}, {"empty", "boolean"}};

    private final Map<OrukSchema, Schema> schemas = new EnumMap<>(OrukSchema.class);
    private final Map<OrukSchema, Schema> pages = new EnumMap<>(OrukSchema.class);

    /**
     * Loads and compiles all schemas from the classpath, resolving every {@code $ref} now.
     *
     * @throws RuntimeException (a {@code com.networknt.schema.SchemaException}) if a file is missing or unreadable
     */
    public OrukSchemas() {
        // Draft 2020-12, but unknown keywords become silent no-ops instead of logged annotations.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .unknownKeywordFactory((keyword, schemaContext) -> new NonValidationKeyword(keyword))
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)     // 2020-12 treats "format" as annotation only unless this is on
                .pathType(PathType.JSON_PATH)      // "$.contents[0].id" rather than "/contents/0/id"
                .locale(Locale.ENGLISH)            // stable messages whatever the server's default locale
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                // no remote fetching (the 3.x default), and refuse anything that is not on the classpath
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .allow(iri -> "classpath".equals(iri.getScheme()))));

        for (OrukSchema s : OrukSchema.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(s.iri()));
            schema.initializeValidators(); // resolve $refs now: fail fast, no lazy loading later
            schemas.put(s, schema);

            Schema page = registry.getSchema(SchemaLocation.of("classpath:" + CLASSPATH_FOLDER + "page/" + s.file()),
                    pageSchema(s), InputFormat.JSON);
            page.initializeValidators();
            pages.put(s, page);
        }
    }

    /** Problems of {@code json} against the schema named {@code schemaName} (see {@link OrukSchema#byName}). */
    public List<String> problems(String schemaName, String json) {
        return problems(OrukSchema.byName(schemaName), json);
    }

    /**
     * Validates one document.
     *
     * @return human-readable problems, each starting with the JSON path ({@code $.contacts[0].email: ...});
     *         empty if the document is valid
     */
    public List<String> problems(OrukSchema schema, String json) {
        return run(schemas.get(schema), json);
    }

    /** {@link #pageProblems(OrukSchema, String)} with the item schema given by name. */
    public List<String> pageProblems(String itemSchemaName, String json) {
        return pageProblems(OrukSchema.byName(itemSchemaName), json);
    }

    /**
     * Validates a paginated list answer ({@code GET /services}, {@code /taxonomies}...): an object whose
     * {@code total_items}, {@code total_pages}, {@code page_number}, {@code size} must be integers,
     * {@code first_page}, {@code last_page}, {@code empty} booleans, and {@code contents} an array whose every item
     * is valid against {@code itemSchema}. All eight fields are required here (the OpenAPI {@code Page} schema
     * lists them without a {@code required} array).
     *
     * @param itemSchema e.g. {@link OrukSchema#SERVICE_LIST} for {@code /services},
     *                   {@link OrukSchema#SERVICE_AT_LOCATION_LIST} for {@code /service_at_locations},
     *                   {@link OrukSchema#TAXONOMY} for {@code /taxonomies},
     *                   {@link OrukSchema#TAXONOMY_TERM} for {@code /taxonomy_terms}
     * @return human-readable problems with their JSON path ({@code $.contents[3].id: ...}); empty if valid
     */
    public List<String> pageProblems(OrukSchema itemSchema, String json) {
        return run(pages.get(itemSchema), json);
    }

    private static List<String> run(Schema schema, String json) {
        if (json == null || json.isBlank()) {
            return List.of("$: no JSON document");
        }
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (JacksonException e) {
            return List.of("$: not well-formed JSON: " + e.getOriginalMessage());
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(errors.size());
        for (Error e : errors) {
            problems.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return Collections.unmodifiableList(problems);
    }

    /** The OpenAPI Page schema (plus contents) with {@code contents.items} pointing at the item schema. */
    private static String pageSchema(OrukSchema item) {
        StringBuilder props = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (String[] f : PAGE_FIELDS) {
            props.append('"').append(f[0]).append("\":{\"type\":\"").append(f[1]).append("\"},");
            required.append('"').append(f[0]).append("\",");
        }
        return "{\"type\":\"object\",\"required\":[" + required + "\"contents\"],\"properties\":{" + props
                + "\"contents\":{\"type\":\"array\",\"items\":{\"$ref\":\"" + item.iri() + "\"}}}}";
    }
}
