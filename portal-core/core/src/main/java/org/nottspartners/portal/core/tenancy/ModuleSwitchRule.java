package org.nottspartners.portal.core.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * Whether a council may switch a module on or off, given the modules it has on: a module cannot be
 * switched on while a module it requires is off, nor off while a switched-on module requires it.
 */
public final class ModuleSwitchRule {

    private ModuleSwitchRule() {
    }

    /** @return why the switch is refused, in words; empty when it is allowed */
    public static Optional<String> refusal(PortalModule module, boolean enable, Collection<PortalModule> switchedOn,
            Function<String, String> nameOf) {
        if (enable) {
            List<String> missing = module.requiredModules().stream()
                    .filter(r -> switchedOn.stream().noneMatch(m -> m.id().equals(r))).sorted().toList();
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of(module.name() + " needs " + names(missing, nameOf) + " switched on first.");
        }
        List<String> dependants = switchedOn.stream().filter(m -> m.requiredModules().contains(module.id()))
                .map(PortalModule::id).sorted().toList();
        return dependants.isEmpty() ? Optional.empty()
                : Optional.of(module.name() + " cannot be switched off while " + names(dependants, nameOf)
                        + " is switched on, because it needs it.");
    }

    private static String names(List<String> ids, Function<String, String> nameOf) {
        return ids.stream().map(nameOf).collect(Collectors.joining(" and "));
    }
}
