package org.nottspartners.portal.core.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The deployed modules checked and put in dependency order: every identifier well-formed and
 * unique, every required module present, no cycle. Plain Java so that it is tested without a server.
 */
public final class ModuleGraph {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Words the core uses in addresses beside module ids ({@code /api/{tenant}/menu}). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("menu", "modules", "admin", "audit", "people", "families");

    private final List<PortalModule> ordered;

    private ModuleGraph(List<PortalModule> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    /**
     * @throws InvalidModuleSetException saying, in words, which module is wrong and why
     */
    public static ModuleGraph of(Collection<? extends PortalModule> modules) {
        Map<String, PortalModule> byId = new LinkedHashMap<>();
        modules.stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(m -> {
                    if (m.id() == null || !ID.matcher(m.id()).matches()) {
                        throw new InvalidModuleSetException("Module id '" + m.id()
                                + "' must be lower-case words joined by hyphens");
                    }
                    if (RESERVED.contains(m.id())) {
                        throw new InvalidModuleSetException("Module id '" + m.id() + "' is a word the core uses itself");
                    }
                    if (byId.putIfAbsent(m.id(), m) != null) {
                        throw new InvalidModuleSetException("Two modules share the id '" + m.id() + "'");
                    }
                });
        for (PortalModule m : byId.values()) {
            for (String required : m.requiredModules()) {
                if (!byId.containsKey(required)) {
                    throw new InvalidModuleSetException("Module '" + m.id() + "' requires module '"
                            + required + "', which is not deployed");
                }
            }
        }
        List<PortalModule> ordered = new ArrayList<>();
        Map<String, Boolean> state = new LinkedHashMap<>(); // false = visiting, true = done
        for (PortalModule m : byId.values()) {
            visit(m, byId, state, ordered, new ArrayList<>());
        }
        return new ModuleGraph(ordered);
    }

    private static void visit(PortalModule m, Map<String, PortalModule> byId, Map<String, Boolean> state,
            List<PortalModule> ordered, List<String> path) {
        Boolean s = state.get(m.id());
        if (Boolean.TRUE.equals(s)) {
            return;
        }
        path.add(m.id());
        if (Boolean.FALSE.equals(s)) {
            throw new InvalidModuleSetException("Modules require each other in a circle: " + String.join(" -> ", path));
        }
        state.put(m.id(), false);
        m.requiredModules().stream().sorted().forEach(r -> visit(byId.get(r), byId, state, ordered, path));
        state.put(m.id(), true);
        path.remove(path.size() - 1);
        ordered.add(m);
    }

    /** The modules, each after every module it requires. */
    public List<PortalModule> inDependencyOrder() {
        return ordered;
    }
}
