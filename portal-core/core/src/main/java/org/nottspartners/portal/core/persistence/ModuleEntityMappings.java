package org.nottspartners.portal.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.internal.jpa.metadata.xml.XMLEntityMappings;
import org.eclipse.persistence.internal.jpa.metadata.xml.XMLEntityMappingsReader;
import org.eclipse.persistence.jpa.metadata.MetadataSourceAdapter;
import org.eclipse.persistence.logging.SessionLog;

/**
 * Adds the modules' entities to the portal's one persistence unit without the core naming them. Each module
 * lists its entity classes in a standard JPA mapping file at {@value #RESOURCE} in its own jar (classes by
 * their full names; the annotations say the rest); EclipseLink asks this metadata source for extra
 * mappings when the unit is deployed, and it joins every such file found on the class path into one.
 * A module that is not deployed simply has no file there. Named by {@code eclipselink.metadata-source} in
 * core's persistence.xml.
 */
public class ModuleEntityMappings extends MetadataSourceAdapter {

    /** Where each module lists its entities. */
    public static final String RESOURCE = "META-INF/portal-module-orm.xml";

    private static final Pattern BODY = Pattern.compile("<entity-mappings[^>]*>(.*)</entity-mappings>", Pattern.DOTALL);

    @Override
    public XMLEntityMappings getEntityMappings(Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
        List<URL> files;
        try {
            files = Collections.list(classLoader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look for the modules' entity lists", e);
        }
        if (files.isEmpty()) {
            return null;
        }
        String joined = join(files.stream().map(ModuleEntityMappings::read).toList());
        return read(joined, classLoader, properties);
    }

    /**
     * Reads a mapping document. EclipseLink's reader reads a document twice (once to find its version), and
     * only its URL form opens it twice, so the joined document is written to a temporary file first.
     */
    static XMLEntityMappings read(String document, ClassLoader classLoader, Map<String, Object> properties) {
        try {
            Path file = Files.createTempFile("portal-module-orm", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Properties props = new Properties();
            if (properties != null) {
                properties.forEach((k, v) -> {
                    if (k != null && v != null) {
                        props.put(k, v);
                    }
                });
            }
            return XMLEntityMappingsReader.read(file.toUri().toURL(), classLoader, props);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the modules' entity lists", e);
        }
    }

    /** The modules change no persistence unit property. */
    @Override
    public Map<String, Object> getPropertyOverrides(Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
        return null;
    }

    /** One mapping document holding the entries of all the given ones. */
    static String join(List<String> documents) {
        List<String> bodies = new ArrayList<>();
        for (String document : documents) {
            Matcher m = BODY.matcher(document);
            if (!m.find()) {
                throw new IllegalStateException("A module's " + RESOURCE + " is not a JPA mapping file");
            }
            bodies.add(m.group(1).strip());
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<entity-mappings xmlns=\"http://xmlns.jcp.org/xml/ns/persistence/orm\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://xmlns.jcp.org/xml/ns/persistence/orm http://xmlns.jcp.org/xml/ns/persistence/orm_2_2.xsd\""
                + " version=\"2.2\">\n" + String.join("\n", bodies) + "\n</entity-mappings>\n";
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + url, e);
        }
    }
}
