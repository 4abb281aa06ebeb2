package org.nottspartners.portal.core.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.nottspartners.portal.core.identity.RoleCatalogue;

/** Every module deployed in this portal, discovered through CDI and checked once at start-up. */
@ApplicationScoped
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    @Inject
    @Any
    Instance<PortalModule> discovered;

    private ModuleGraph graph;
    private RoleCatalogue roles;

    @PostConstruct
    void discover() {
        graph = ModuleGraph.of(discovered.stream().toList());
        roles = RoleCatalogue.of(graph.inDependencyOrder().stream().flatMap(m -> m.declaredRoles().stream()).toList());
        LOG.info(() -> "Portal modules deployed: " + graph.inDependencyOrder().stream().map(PortalModule::id).toList());
    }

    /** The deployed modules, each after the modules it requires. */
    public List<PortalModule> modules() {
        return graph.inDependencyOrder();
    }

    /** Every role known: core's and the deployed modules' declarations. */
    public RoleCatalogue roles() {
        return roles;
    }

    public Optional<PortalModule> find(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
