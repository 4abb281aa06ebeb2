package org.nottspartners.portal.systemtests;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.sessions.Session;
import org.nottspartners.portal.core.persistence.TenantFilter;

/**
 * A test-only fault, never in the portal's own EAR: the portal's session customizer with EclipseLink's
 * tenant criteria taken out of every query, so that only PostgreSQL's row-level security keeps councils
 * apart. {@link IsolationByRowLevelSecurityIT} deploys an EAR whose persistence unit names this class
 * instead of {@link TenantFilter}. The council is still put on each session and connection (new rows still
 * get their council, and the database's policies still see it).
 */
public class JpaTenantFilterOff extends TenantFilter {

    @Override
    public void customize(Session session) {
        super.customize(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy policy) {
                policy.setIncludeTenantCriteria(false);
            }
        }
    }
}
