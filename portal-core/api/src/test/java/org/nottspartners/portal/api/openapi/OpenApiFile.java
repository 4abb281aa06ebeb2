package org.nottspartners.portal.api.openapi;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Writes the API's OpenAPI document to a file, built by {@link PortalOpenApiReader} exactly as the server
 * builds the one it serves, with the modules on the class path. The api-client module runs this before
 * generating the client, with every module on its class path.
 */
public final class OpenApiFile {

    private OpenApiFile() {
    }

    /** @param args the file to write ({@code target/openapi.json}) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Name the file to write the OpenAPI document to");
        }
        Path file = Path.of(args[0]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        OpenAPI document = new PortalOpenApiReader().buildModel();
        Files.writeString(file, json(document));
        System.out.println("OpenAPI document with " + document.getPaths().getPathItems().size() + " paths written to " + file);
    }

    /** The document as JSON. */
    public static String json(OpenAPI document) throws IOException {
        return OpenApiSerializer.serialize(document, Format.JSON);
    }
}
