package org.nottspartners.portal.core.letters;

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

/**
 * The wording of each kind of a module's letter for the current council: its administrators' own, or else the
 * wording shipped with the module ({@code <module>/letters/<council>/<file>.txt} where that council's differs, else
 * {@code <module>/letters/<file>.txt}). Letters already sent are kept as sent (PDF), so a change affects only new
 * letters.
 */
@ApplicationScoped
@Transactional
public class LetterTemplates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** One kind of letter's wording now, and whether it is the council's own. */
    public record Wording(String kind, String label, String text, boolean councilsOwn, Long version) {
    }

    /** The wording of each of the given letters. */
    public List<Wording> all(List<LetterDefinition> letters) {
        return letters.stream().map(this::wording).toList();
    }

    public Wording wording(LetterDefinition letter) {
        return own(letter).map(t -> new Wording(letter.kind(), letter.label(), t.text(), true, t.version()))
                .orElseGet(() -> new Wording(letter.kind(), letter.label(), shipped(tenant(), letter), false, null));
    }

    /** The template letters of this kind are written from. */
    public LetterTemplate template(LetterDefinition letter) {
        return LetterTemplate.parse(wording(letter).text());
    }

    /**
     * Saves the council's own wording of a kind of letter. {@code version} is the version read, or null
     * when the council had none: a change made meanwhile is refused, not overwritten. Audited.
     */
    public Wording save(LetterDefinition letter, String text, Long version) {
        List<String> problems = LetterTemplate.problems(text, letter.placeholders());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new Problem.FieldError("text", p)).toList());
        }
        Optional<CouncilLetterTemplate> own = own(letter);
        long read = version == null ? -1 : version;
        if (own.isPresent() && own.get().version() != read || own.isEmpty() && version != null) {
            throw new StaleRecordException("letter-template", letter.kind(), read, own.map(CouncilLetterTemplate::version).orElse(-1L));
        }
        CouncilLetterTemplate saved = own.orElseGet(() -> {
            CouncilLetterTemplate created = new CouncilLetterTemplate(tenant(), letter.module(), letter.kind(), text.strip());
            em.persist(created);
            return created;
        });
        saved.rewrite(text.strip());
        em.flush();
        AuditTrail.record(AuditAction.CONFIGURE, "letter-template", letter.module() + "/" + letter.kind(), "wording changed");
        return wording(letter);
    }

    /** Goes back to the shipped wording. Audited. */
    public Wording reset(LetterDefinition letter) {
        own(letter).ifPresent(t -> {
            em.remove(t);
            em.flush();
            AuditTrail.record(AuditAction.CONFIGURE, "letter-template", letter.module() + "/" + letter.kind(),
                    "back to the shipped wording");
        });
        return wording(letter);
    }

    private Optional<CouncilLetterTemplate> own(LetterDefinition letter) {
        return em.createQuery("select t from CouncilLetterTemplate t where t.module = :m and t.kind = :k",
                        CouncilLetterTemplate.class)
                .setParameter("m", letter.module()).setParameter("k", letter.kind())
                .getResultStream().findFirst();
    }

    /** The wording shipped with the module for a council: the council's own where it differs, else the module's. */
    public static String shipped(String council, LetterDefinition letter) {
        String folder = "/" + letter.module() + "/letters/";
        InputStream in = LetterTemplates.class.getResourceAsStream(folder + council + "/" + letter.file() + ".txt");
        if (in == null) {
            in = LetterTemplates.class.getResourceAsStream(folder + letter.file() + ".txt");
        }
        if (in == null) {
            throw new IllegalStateException("No shipped wording for the letter " + letter.module() + "/" + letter.file());
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
