package org.nottspartners.portal.systemtests;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The portal's real EAR, as the build made it. */
final class Deployments {

    static final String PORTAL = "http://127.0.0.1:8080/portal";
    static final String API = "http://127.0.0.1:8080/portal-api/api";

    private Deployments() {
    }

    /** The build's EAR, deployed once and shared by every test class that asks for it ({@link SharedPortalDeployment}). */
    static EnterpriseArchive portalEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, builtEar());
    }

    /**
     * The build's EAR under another name, for a test class to alter (a module taken out, a fault planted): deployed for that
     * class alone, never shared with the others.
     */
    static EnterpriseArchive altered(String name) {
        return ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ZipImporter.class, name).importFrom(builtEar())
                .as(EnterpriseArchive.class);
    }

    /** Whether an archive is the build's EAR as it is, which test classes share. */
    static boolean isShared(org.jboss.shrinkwrap.api.Archive<?> archive) {
        return archive.getName().equals(builtEar().getName());
    }

    private static File builtEar() {
        File ear = new File(System.getProperty("portal.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear);
        }
        return ear;
    }
}
