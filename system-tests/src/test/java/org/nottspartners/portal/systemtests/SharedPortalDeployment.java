package org.nottspartners.portal.systemtests;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The portal deployed once for the whole suite: Payara's managed container, except that the build's EAR, once deployed,
 * stays deployed for the next test class instead of being undeployed and deployed again (it was, 35 times at some 12
 * seconds each, a fifth of the suite). An archive of another name (a test's altered portal, {@link Deployments#altered})
 * is deployed and undeployed as before, with the shared one taken down first, since both answer at the same addresses;
 * the next test class of the shared portal deploys it again. The shared deployment is undeployed when the container stops.
 * Test classes therefore share the portal's in-memory state as they always shared its database: a test that changes a
 * council's configuration puts it back.
 */
public class SharedPortalDeployment extends PayaraManagedDeployableContainer {

    private Archive<?> shared;
    private ProtocolMetaData sharedMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!Deployments.isShared(archive)) {
            takeDownShared();
            return super.deploy(archive);
        }
        if (shared == null) {
            sharedMetaData = super.deploy(archive);
            shared = archive;
        }
        return sharedMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (!Deployments.isShared(archive)) {
            super.undeploy(archive);
        } // the shared portal stays for the next test class
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            takeDownShared();
        } catch (DeploymentException e) {
            System.err.println("Could not undeploy the shared portal before stopping Payara: " + e.getMessage());
        }
        super.stop();
    }

    private void takeDownShared() throws DeploymentException {
        if (shared != null) {
            super.undeploy(shared); // forgotten only once it is gone: a failed undeploy leaves it known, and deployed
            shared = null;
            sharedMetaData = null;
        }
    }

    /** Puts the shared container in place of Payara's own (registered in {@code META-INF/services}). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraManagedDeployableContainer.class, SharedPortalDeployment.class);
        }
    }
}
