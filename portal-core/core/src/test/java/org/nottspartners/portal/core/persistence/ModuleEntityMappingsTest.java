package org.nottspartners.portal.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.persistence.internal.jpa.metadata.xml.XMLEntityMappings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Modules' entity lists are joined into one mapping document EclipseLink reads")
class ModuleEntityMappingsTest {

    private static final String MODULE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.0">
                <entity class="%s"/>
            </entity-mappings>
            """;

    @Test
    void twoModulesFilesBecomeOneDocument() {
        String joined = ModuleEntityMappings.join(List.of(MODULE.formatted("a.One"), MODULE.formatted("b.Two")));
        XMLEntityMappings read = ModuleEntityMappings.read(joined, getClass().getClassLoader(), Map.of());
        assertThat(read.getEntities()).extracting(e -> e.getClassName()).containsExactly("a.One", "b.Two");
    }
}
