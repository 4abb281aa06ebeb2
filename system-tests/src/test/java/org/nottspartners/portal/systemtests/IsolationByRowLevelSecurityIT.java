package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nottspartners.portal.core.persistence.TenantFilter;

/**
 * The database layer proven alone (issue 25): the real EAR with one change, EclipseLink's tenant criteria
 * switched off ({@link JpaTenantFilterOff}), attacked by every endpoint as in {@link CrossTenantAttackIT}.
 * Row-level security alone must leak nothing. Then, with the database's policies also reduced to
 * {@code true}, the same attack must find leaks: the switch really took the JPA layer away, and the attack
 * really sees a leak when there is one. With {@code CrossTenantAttackIT}'s test of the JPA layer alone, either
 * layer can be lost without a leak, and the loss of either is seen by its own test.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationByRowLevelSecurityIT {

    private static final String CORE_JAR = "lib/portal-core.jar";
    private static final String PERSISTENCE = "META-INF/persistence.xml";

    @Deployment(testable = false)
    static EnterpriseArchive portalWithoutTheJpaTenantFilter() throws IOException {
        EnterpriseArchive ear = Deployments.altered("portal-without-the-jpa-tenant-filter.ear");
        JavaArchive core = ear.getAsType(JavaArchive.class, CORE_JAR);
        String persistence;
        try (InputStream in = core.get(PERSISTENCE).getAsset().openStream()) {
            persistence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String faulted = persistence.replace(TenantFilter.class.getName(), JpaTenantFilterOff.class.getName());
        if (faulted.equals(persistence)) {
            throw new IllegalStateException("The persistence unit no longer names " + TenantFilter.class.getName());
        }
        core.delete(PERSISTENCE);
        core.add(new StringAsset(faulted), PERSISTENCE);
        core.addClass(JpaTenantFilterOff.class);
        ear.delete(CORE_JAR);
        try (InputStream jar = core.as(ZipExporter.class).exportAsInputStream()) {
            ear.add(new ByteArrayAsset(jar.readAllBytes()), CORE_JAR);
        }
        return ear;
    }

    @Test
    void rowLevelSecurityAloneLeaksNothingAndLosingBothLayersLeaks() throws Exception {
        CrossTenantAttackIT.Attack alone = CrossTenantAttackIT.attackEveryEndpoint();
        System.out.println("cross-tenant attacks with EclipseLink's tenant filter off: " + alone.pairs() + " tried, "
                + alone.leaks().size() + " leaked");
        alone.assertNothingLeaked();

        CrossTenantAttackIT.Scenario county = CrossTenantAttackIT.countyRecords();
        try (RowPolicies.Fault fault = RowPolicies.everyPolicyTrue(PortalStack.database())) {
            CrossTenantAttackIT.Attack neither = CrossTenantAttackIT.attackEveryEndpoint(county);
            System.out.println("cross-tenant attacks with both layers off: " + neither.pairs() + " tried, "
                    + neither.leaks().size() + " leaked");
            assertThat(neither.leaks()).as("with neither layer, the attack must see the County record").isNotEmpty();
        }
    }
}
