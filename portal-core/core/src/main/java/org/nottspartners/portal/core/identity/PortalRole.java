package org.nottspartners.portal.core.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a user may hold in a council. In the token each appears qualified by the council,
 * {@code city:case-worker}, so that one partner user can hold different roles in each council.
 */
public enum PortalRole {
    CASE_WORKER("case-worker", "Case worker"),
    TEAM_MANAGER("team-manager", "Team manager"),
    GROUP_MANAGER("group-manager", "Group manager"),
    SCHOOL_STAFF("school-staff", "School staff"),
    POLICE("police", "Police"),
    HEALTH("health", "Health"),
    YOUTH_JUSTICE("youth-justice", "Youth justice"),
    ATTENDANCE_OFFICER("attendance-officer", "Attendance officer"),
    ENFORCEMENT_OFFICER("enforcement-officer", "Enforcement officer"),
    LICENSING_OFFICER("licensing-officer", "Licensing officer"),
    HOUSING_OFFICER("housing-officer", "Housing officer"),
    PERFORMANCE_TEAM("performance-team", "Performance team"),
    TENANT_ADMIN("tenant-admin", "Council administrator"),
    PUBLIC_APPLICANT("public-applicant", "Applicant");

    private final String tokenName;
    private final String label;

    PortalRole(String tokenName, String label) {
        this.tokenName = tokenName;
        this.label = label;
    }

    /** The name used in tokens after the council prefix: {@code case-worker}. */
    public String tokenName() {
        return tokenName;
    }

    public String label() {
        return label;
    }

    public static Optional<PortalRole> fromTokenName(String name) {
        return Arrays.stream(values()).filter(r -> r.tokenName.equals(name)).findFirst();
    }
}
