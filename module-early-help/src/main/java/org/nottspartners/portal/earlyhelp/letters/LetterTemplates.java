package org.nottspartners.portal.earlyhelp.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;

/**
 * The wording of each kind of letter for the current council: its administrators' own, or else the
 * wording shipped for the council ({@code early-help/letters/<council>/<kind>.txt}, the County's where the
 * council has none). Letters already sent are kept as sent (PDF), so a change affects only new letters.
 */
@ApplicationScoped
@Transactional
public class LetterTemplates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** One kind of letter's wording now, and whether it is the council's own. */
    public record Wording(LetterKind kind, String text, boolean councilsOwn, Long version) {
    }

    public List<Wording> all() {
        return java.util.Arrays.stream(LetterKind.values()).map(this::wording).toList();
    }

    public Wording wording(LetterKind kind) {
        return own(kind).map(t -> new Wording(kind, t.text(), true, t.version()))
                .orElseGet(() -> new Wording(kind, shipped(tenant(), kind), false, null));
    }

    /** The template letters of this kind are written from. */
    public LetterTemplate template(LetterKind kind) {
        return LetterTemplate.parse(wording(kind).text());
    }

    /**
     * Saves the council's own wording of a kind of letter. {@code version} is the version read, or null
     * when the council had none: a change made meanwhile is refused, not overwritten. Audited.
     */
    public Wording save(LetterKind kind, String text, Long version) {
        List<String> problems = LetterTemplate.problems(text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new Problem.FieldError("text", p)).toList());
        }
        Optional<CouncilLetterTemplate> own = own(kind);
        long read = version == null ? -1 : version;
        if (own.isPresent() && own.get().version() != read || own.isEmpty() && version != null) {
            throw new StaleRecordException("letter-template", kind.name(), read, own.map(CouncilLetterTemplate::version).orElse(-1L));
        }
        CouncilLetterTemplate saved = own.orElseGet(() -> {
            CouncilLetterTemplate created = new CouncilLetterTemplate(tenant(), kind.name(), text.strip());
            em.persist(created);
            return created;
        });
        saved.rewrite(text.strip());
        em.flush();
        AuditTrail.record(AuditAction.CONFIGURE, "letter-template", kind.name(), "wording changed");
        return wording(kind);
    }

    /** Goes back to the shipped wording. Audited. */
    public Wording reset(LetterKind kind) {
        own(kind).ifPresent(t -> {
            em.remove(t);
            em.flush();
            AuditTrail.record(AuditAction.CONFIGURE, "letter-template", kind.name(), "back to the shipped wording");
        });
        return wording(kind);
    }

    private Optional<CouncilLetterTemplate> own(LetterKind kind) {
        return em.createQuery("select t from CouncilLetterTemplate t where t.tenantId = :c and t.kind = :k", CouncilLetterTemplate.class)
                .setParameter("c", tenant()).setParameter("k", kind.name()).getResultStream().findFirst();
    }

    /** The wording shipped with the portal for a council (the County's where the council has none). */
    static String shipped(String council, LetterKind kind) {
        InputStream in = LetterTemplates.class.getResourceAsStream("/early-help/letters/" + council + "/" + kind.template() + ".txt");
        if (in == null) {
            in = LetterTemplates.class.getResourceAsStream("/early-help/letters/county/" + kind.template() + ".txt");
        }
        if (in == null) {
            throw new IllegalStateException("No letter template for " + kind);
        }
        try (InputStream text = in) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
