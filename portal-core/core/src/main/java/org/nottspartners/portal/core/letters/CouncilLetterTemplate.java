package org.nottspartners.portal.core.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** A council's own wording of one kind of a module's letter, written by its administrators. */
@Entity
@Table(name = "core_letter_template")
public class CouncilLetterTemplate extends CouncilConfiguration {

    @Column(name = "module", nullable = false, length = 40)
    private String module;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "template_text", nullable = false)
    private String text;

    protected CouncilLetterTemplate() {
        // for JPA
    }

    public CouncilLetterTemplate(String tenantId, String module, String kind, String text) {
        super(tenantId);
        this.module = module;
        this.kind = kind;
        this.text = text;
    }

    void rewrite(String text) {
        this.text = text;
    }

    public String module() {
        return module;
    }

    public String kind() {
        return kind;
    }

    public String text() {
        return text;
    }
}
