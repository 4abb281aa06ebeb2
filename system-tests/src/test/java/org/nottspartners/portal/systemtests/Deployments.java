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

    static EnterpriseArchive portalEar() {
        File ear = new File(System.getProperty("portal.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
