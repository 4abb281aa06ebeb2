package org.nottspartners.portal.earlyhelp.threshold;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;

/**
 * One of a council's early help teams (County localities, 002 §16; City Family Hubs, 004). Configuration,
 * outside row-level security.
 */
@Entity
@Table(name = "eh_team")
public class Team extends CouncilConfiguration {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TeamKind kind;

    /** How a family or a referrer reaches the team: a telephone number or address in words (issue 22). */
    @Column(name = "contact", length = 200)
    private String contact;

    /** How to reach the team, if the council has recorded it. */
    public java.util.Optional<String> contact() {
        return java.util.Optional.ofNullable(contact).filter(c -> !c.isBlank());
    }

    /** Records how to reach the team (blank clears it). */
    public void changeContact(String contact) {
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    protected Team() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TeamKind kind() {
        return kind;
    }
}
