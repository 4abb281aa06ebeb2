package org.nottspartners.portal.core.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A deliberately wrong mapping of {@code core_tenant}, to prove the validator notices. */
@Entity
@Table(name = "core_tenant")
public class MisMappedTenant {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name")
    Long name;

    @Column(name = "nickname")
    String nickname;
}
