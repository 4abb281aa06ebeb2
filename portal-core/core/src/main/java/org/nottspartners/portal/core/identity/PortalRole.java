package org.nottspartners.portal.core.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A role a user holds in a council, written in the token as {@code <council>:<token name>}. Core declares the roles
 * it owns (the partner agencies, the council's administrators, the performance team, members of the public); each
 * service area declares its own staff roles in its descriptor ({@code PortalModule.declaredRoles()}), so that a new
 * module brings its roles without core naming them. What core lets a role do with the common family record follows
 * from its {@link Kind} (RULES.md §2 "Who may see what") and the {@link Grant}s its declaration gives it. Two roles
 * are the same role when their token names are.
 */
public final class PortalRole {

    /** The groups RULES.md §2 speaks of; core's policies are written in these, never in a module's role names. */
    public enum Kind {
        /** The council's own staff who work with families (early help, attendance, licensing, housing officers). */
        COUNCIL_STAFF,
        /** Practitioners of other agencies (school, police, health, youth justice, providers). */
        PARTNER,
        /** The council's administrators of the portal: configuration, not case content. */
        ADMINISTRATOR,
        /** The performance team: aggregate reports and returns, read only. */
        PERFORMANCE,
        /** Members of the public applying online. */
        PUBLIC
    }

    /** What a role may do in core beyond what its kind allows, given by its declaration. */
    public enum Grant {
        /** Merge two records of one person (and see the candidates). */
        MERGE_PEOPLE,
        /** Every person of the council as a file. */
        EXPORT_PEOPLE,
        /** Who read or changed a person's record. */
        READ_AUDIT,
        /** Relax a quality standard for one piece of work, and review relaxations (002 §3c5). */
        RELAX_STANDARDS
    }

    private static final Pattern TOKEN_NAME = Pattern.compile("[a-z][a-z-]*");

    /** The token names of core's roles, for access annotations ({@code @AllowedFor(Names.SCHOOL_STAFF)}). */
    public static final class Names {
        public static final String SCHOOL_STAFF = "school-staff";
        public static final String POLICE = "police";
        public static final String HEALTH = "health";
        public static final String YOUTH_JUSTICE = "youth-justice";
        public static final String PERFORMANCE_TEAM = "performance-team";
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String PUBLIC_APPLICANT = "public-applicant";

        private Names() {
        }
    }

    public static final PortalRole SCHOOL_STAFF = declare(Names.SCHOOL_STAFF, "School staff", Kind.PARTNER);
    public static final PortalRole POLICE = declare(Names.POLICE, "Police", Kind.PARTNER);
    public static final PortalRole HEALTH = declare(Names.HEALTH, "Health", Kind.PARTNER);
    public static final PortalRole YOUTH_JUSTICE = declare(Names.YOUTH_JUSTICE, "Youth justice", Kind.PARTNER);
    public static final PortalRole PERFORMANCE_TEAM = declare(Names.PERFORMANCE_TEAM, "Performance team", Kind.PERFORMANCE,
            Grant.EXPORT_PEOPLE);
    public static final PortalRole TENANT_ADMIN = declare(Names.TENANT_ADMIN, "Council administrator", Kind.ADMINISTRATOR,
            Grant.READ_AUDIT);
    public static final PortalRole PUBLIC_APPLICANT = declare(Names.PUBLIC_APPLICANT, "Applicant", Kind.PUBLIC);

    /** The roles core owns. */
    public static final List<PortalRole> CORE_ROLES = List.of(SCHOOL_STAFF, POLICE, HEALTH, YOUTH_JUSTICE, PERFORMANCE_TEAM,
            TENANT_ADMIN, PUBLIC_APPLICANT);

    /** The partner agencies' roles core owns. */
    public static final Set<PortalRole> PARTNERS = Set.of(SCHOOL_STAFF, POLICE, HEALTH, YOUTH_JUSTICE);

    private final String tokenName;
    private final String label;
    private final Kind kind;
    private final Set<Grant> grants;

    private PortalRole(String tokenName, String label, Kind kind, Set<Grant> grants) {
        this.tokenName = tokenName;
        this.label = label;
        this.kind = kind;
        this.grants = grants;
    }

    /** A role as its owner declares it: its token name ({@code case-worker}), its name in words, kind and grants. */
    public static PortalRole declare(String tokenName, String label, Kind kind, Grant... grants) {
        Objects.requireNonNull(tokenName, "tokenName");
        if (!TOKEN_NAME.matcher(tokenName).matches()) {
            throw new IllegalArgumentException("A role's token name is lower-case letters and hyphens: " + tokenName);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Set<Grant> given = EnumSet.noneOf(Grant.class);
        given.addAll(List.of(grants));
        return new PortalRole(tokenName, label, kind, Set.copyOf(given));
    }

    /**
     * Another module's role, named by its token name, for a module that lets it in (attendance lets early help's case
     * workers see a pupil's attendance) without depending on the module that declares it. Equal to the declared
     * role, so it serves in sets of roles a page or menu entry is shown to; what the role may do in core is the
     * declaration's, which the caller's roles carry (read from the {@link RoleCatalogue}): this reference has no
     * kind and no grants of its own.
     */
    public static PortalRole reference(String tokenName) {
        if (!TOKEN_NAME.matcher(tokenName).matches()) {
            throw new IllegalArgumentException("A role's token name is lower-case letters and hyphens: " + tokenName);
        }
        return new PortalRole(tokenName, tokenName, null, Set.of());
    }

    /** The name used in tokens after the council prefix: {@code case-worker}. */
    public String tokenName() {
        return tokenName;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Set<Grant> grants() {
        return grants;
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    public boolean has(Grant grant) {
        return grants.contains(grant);
    }

    /** Whether any of the roles is of the kind. */
    public static boolean anyIs(Set<PortalRole> roles, Kind kind) {
        return roles.stream().anyMatch(r -> r.is(kind));
    }

    /** Whether any of the roles has the grant. */
    public static boolean anyHas(Set<PortalRole> roles, Grant grant) {
        return roles.stream().anyMatch(r -> r.has(grant));
    }

    /** Whether this declaration says the same as another of the same name (a module may repeat a core role). */
    boolean sameDeclaration(PortalRole other) {
        if (kind == null || other.kind == null) {
            throw new IllegalStateException("A reference to the role " + tokenName + " is not a declaration of it");
        }
        return tokenName.equals(other.tokenName) && kind == other.kind && grants.equals(other.grants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalRole r && r.tokenName.equals(tokenName);
    }

    @Override
    public int hashCode() {
        return tokenName.hashCode();
    }

    @Override
    public String toString() {
        return tokenName;
    }
}
