package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.ConsentRegister;
import org.nottspartners.portal.core.consent.ConsentStatus;
import org.nottspartners.portal.core.family.Family;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonKind;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.referral.ChildAge;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.RoutingRule;
import org.nottspartners.portal.earlyhelp.referral.SocialCareCheck;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;

/**
 * A partner's referral for early help (RULES.md §2, §3; seed 002 §2): checked whole, with every problem by
 * field; refused with the front door's contact when a social care indicator applies to the index child, or
 * when the child already has an open case; saved with its family and consent in one transaction, starting
 * the front door's decision clock (002 §2a15). Also where the front door should send the family.
 */
@ApplicationScoped
@Transactional
public class Referrals {


    /** The consent purpose recorded with a referral. */
    public static final String CONSENT_PURPOSE = "Early help referral";

    /** The roles a referral is made in, in the order the one recorded is chosen when the referrer holds several. */
    private static final List<PortalRole> REFERRER_ROLES = List.of(EarlyHelpRoles.CASE_WORKER, EarlyHelpRoles.TEAM_MANAGER,
            EarlyHelpRoles.GROUP_MANAGER, PortalRole.SCHOOL_STAFF, PortalRole.POLICE, PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    PersonDirectory people;

    @Inject
    FamilyDirectory families;

    @Inject
    ConsentRegister consents;

    @Inject
    TenantSettings settings;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    CaseQueries queries;

    @Inject
    CaseHistory history;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.core.reference.References references;

    /** Early help's references: EH-2026-000123. */
    static final String REFERENCE_SERIES = "EH";

    /**
     * Records a referral. Refused whole, with every problem by field, when something is missing; refused
     * with the front door's contact when a social care indicator applies to the index child.
     */
    public EarlyHelpCase refer(ReferralRequest r) {
        EarlyHelpCase c = record(r);
        history.event(c, "REFERRED", "Referral received from " + c.referrerName() + (c.urgent() ? " (urgent)" : ""));
        return c;
    }

    /**
     * A practitioner starts a CAF for a child and holds it as lead professional, with the same checks as a referral
     * (the child found first, consent, the threshold: early help at the council's early help levels only): where the
     * council's case-holding setting says any practitioner may (the City: 001 L1146-1150, L1164-1173; issue 23).
     */
    public EarlyHelpCase startCaf(ReferralRequest r) {
        LocalDate date = today.date();
        if (settings.choice(EarlyHelpSettings.CASE_HOLDING, CaseHolding.class, date) != CaseHolding.ANY_PRACTITIONER) {
            throw new ActionRefusedException("This council's early help teams hold cases",
                    "In this council a practitioner refers the family to " + settings.text(EarlyHelpSettings.FRONT_DOOR_NAME, date)
                    + ", and the council's early help teams hold the case: make a referral instead.");
        }
        EarlyHelpCase c = record(r);
        OffsetDateTime now = today.now();
        String lead = caller.userName() == null ? caller.userId() : caller.userName();
        c.startByPractitioner(lead, now);
        em.flush();
        // nobody's decision is awaited: the practitioner took the case on (the front door's clocks, where a council uses
        // them, are met at once)
        history.stop(c, EarlyHelpStandards.DECISION, now);
        history.stop(c, EarlyHelpStandards.DECISION_URGENT, now);
        CaseClockPolicy.Change change = history.clocksOn(c, CaseStep.ALLOCATED);
        history.stopClocks(c, change, now);
        history.assignClocks(c, CaseAccess.TEAM_AROUND_THE_CHILD, lead);
        history.startClocks(c, change, now);
        history.event(c, "CAF_STARTED", "CAF started by " + c.referrerName()
                + (c.referrerOrganisation() == null ? "" : " (" + c.referrerOrganisation() + ")") + ", who is its lead professional");
        return c;
    }

    private EarlyHelpCase record(ReferralRequest r) {
        OffsetDateTime now = today.now();
        LocalDate date = today.date();
        List<Problem.FieldError> errors = new ArrayList<>();
        Person child = r.indexChildId() == null ? null : people.find(r.indexChildId()).orElse(null);
        if (child == null) {
            errors.add(new Problem.FieldError("indexChildId", "Choose the child the referral is about (find them first)"));
        } else if (child.isTombstone()) {
            errors.add(new Problem.FieldError("indexChildId", "This record was merged into another record of the same child ("
                    + child.mergedInto().orElseThrow() + "): refer that one"));
            child = null;
        }
        if (r.route() == null) {
            errors.add(new Problem.FieldError("route", "Choose how the family is being referred"));
        }
        if (blank(r.concerns())) {
            errors.add(new Problem.FieldError("concerns", "Describe your concerns about the family"));
        }
        if (blank(r.believedLevel()) || setup.level(r.believedLevel(), date).isEmpty()) {
            errors.add(new Problem.FieldError("believedLevel", "Choose the level of need you believe applies: "
                    + setup.levelsOn(date).stream().map(l -> l.code() + " (" + l.name() + ")").collect(Collectors.joining(", "))));
        } else {
            // early help only at the council's early help levels; above them, the front door at once (001 L1128, L1162)
            setup.level(r.believedLevel(), date)
                    .flatMap(l -> ThresholdRule.referralRefusal(new ThresholdRule.Level(l.name(), l.earlyHelp()),
                            setup.earlyHelpLevelNames(date), frontDoor(date)))
                    .ifPresent(refusal -> errors.add(new Problem.FieldError("believedLevel", refusal)));
        }
        if (r.urgent() && blank(r.urgencyReason())) {
            errors.add(new Problem.FieldError("urgencyReason", "Say why the referral is urgent"));
        }
        if (blank(r.referrerContact())) {
            errors.add(new Problem.FieldError("referrerContact", "Give a telephone number or email the team can reach you on"));
        }
        if (r.route() != null) {
            Set<ReferralRoute> routes = settings.choices(EarlyHelpSettings.ROUTES, ReferralRoute.class, date);
            if (!routes.contains(r.route())) {
                // the council's operating model, as data (issue 23)
                errors.add(new Problem.FieldError("route", "This council does not take referrals by "
                        + r.route().label().toLowerCase(Locale.UK) + ". Choose one of: "
                        + routes.stream().map(ReferralRoute::label).collect(Collectors.joining("; "))));
            } else {
                errors.addAll(RouteDetails.problems(r.route(), r.assessmentForm(), r.returnedAt(), r.priorAssessmentOn(), now));
            }
        }
        if (r.consentException() != null
                && !settings.choices(EarlyHelpSettings.CONSENT_EXCEPTIONS, ConsentException.class, date).contains(r.consentException())) {
            errors.add(new Problem.FieldError("consentException", "This council does not take a referral without consent on"
                    + " that ground: record the family's consent, or, if a child may be at risk of significant harm, "
                    + frontDoor(date)));
        }
        int consentWays = (r.consentId() != null ? 1 : 0) + (r.consentGiven() != null ? 1 : 0) + (r.consentException() != null ? 1 : 0);
        if (consentWays != 1) {
            errors.add(new Problem.FieldError("consent", consentWays == 0
                    ? "Record the family's consent to the referral, or the lawful exception that lets it go ahead without"
                    : "Give consent or a lawful exception, not both"));
        }
        if (r.consentGiven() != null && (blank(r.consentGiven().givenBy()) || blank(r.consentGiven().evidence())
                || r.consentGiven().decidedOn() == null)) {
            errors.add(new Problem.FieldError("consentGiven", "Say who gave consent, when, and how it is evidenced (002 §2b1)"));
        } else if (r.consentGiven() != null && r.consentGiven().decidedOn().isAfter(date)) {
            errors.add(new Problem.FieldError("consentDate", "The date consent was given cannot be in the future"));
        }
        if (child != null) {
            ChildAge age = ageOf(child, date);
            List<SocialCareIndicator> stop = SocialCareCheck.stoppingIndicators(r.indicators(), age);
            if (!stop.isEmpty()) {
                throw new SocialCareRequiredException(stop, frontDoor(date));
            }
            Optional<EarlyHelpCase> open = queries.openCaseOf(child.id());
            if (open.isPresent()) {
                throw new ActionRefusedException("This child already has an open referral",
                        child.givenName() + " " + child.familyName() + " already has an open early help referral, "
                        + open.get().reference() + " (" + open.get().stage().label() + "). Nothing new has been saved:"
                        + " contact the team about " + open.get().reference() + " to add what you know, rather than"
                        + " referring again.");
            }
        }
        Family family = null;
        if (r.familyId() != null) {
            family = families.find(r.familyId()).orElse(null);
            if (family == null) {
                errors.add(new Problem.FieldError("familyId", "There is no such family in this council"));
            } else if (child != null && !family.indexChildId().equals(child.id()) && !families.members(family.id()).contains(child.id())) {
                errors.add(new Problem.FieldError("indexChildId", "The child is not a member of that family"));
            }
        }
        if (r.consentId() != null && child != null) {
            Optional<Consent> held = consents.history(child.id()).stream().filter(c -> c.id().equals(r.consentId())).findFirst();
            if (held.isEmpty() || held.get().status() != ConsentStatus.GIVEN) {
                errors.add(new Problem.FieldError("consentId", "That is not consent given for this child"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (family == null) {
            // the family the child already belongs to, if any: one family record per household
            family = families.familiesOf(child.id()).stream().findFirst().orElse(null);
        }
        if (family == null) {
            String name = blank(r.newFamilyName()) ? child.familyName() + " family" : r.newFamilyName().strip();
            family = families.create(name, child.id());
        }
        UUID consentId = r.consentId();
        if (r.consentGiven() != null) {
            consentId = consents.record(child.id(), ConsentStatus.GIVEN, r.consentGiven().givenBy(), CONSENT_PURPOSE,
                    r.consentGiven().decidedOn(), r.consentGiven().evidence()).id();
        }
        EarlyHelpCase c = new EarlyHelpCase(references.next(REFERENCE_SERIES), referrer(r.referrerContact()), family.id(), family.name(), child.id(), r.route(),
                r.concerns(), r.believedLevel(), r.urgent(), r.urgencyReason(), consentId, r.consentException(), now);
        c.recordReferralDetails(r.assessmentForm(), r.returnedAt(), r.priorAssessmentOn());
        em.persist(c);
        em.flush();
        history.applyClocks(c, CaseStep.REFERRED, now);
        if (r.returnedAt() != null) {
            history.applyClocks(c, CaseStep.RETURNED_FROM_MISSING, r.returnedAt());
        }
        return c;
    }

    private EarlyHelpCase.Referrer referrer(String contact) {
        String tenant = tenant();
        Set<PortalRole> held = caller.roles().rolesIn(tenant);
        String role = REFERRER_ROLES.stream().filter(held::contains).findFirst().map(PortalRole::tokenName).orElse("partner");
        return new EarlyHelpCase.Referrer(caller.userId(), caller.displayName() == null ? caller.userId() : caller.displayName(),
                caller.organisation(), role, contact.strip());
    }

    /**
     * Where the front door should send the family: a step-down from social care to early help case management
     * whatever the children's ages (RULES.md §3; 002 §1b1, §3a5), any other referral by the ages of its children
     * (RULES.md §2 "Index child").
     */
    public TeamKind suggestedRoute(EarlyHelpCase c, boolean neetNeed) {
        LocalDate date = today.date();
        Person child = people.find(c.indexChildId()).orElseThrow(() -> new PersonNotFoundException(c.indexChildId()));
        List<RoutingRule.Child> children = new ArrayList<>();
        for (UUID member : families.members(c.familyId())) {
            people.find(member).filter(p -> p.kind() == PersonKind.CHILD || p.kind() == PersonKind.UNBORN_CHILD)
                    .ifPresent(p -> children.add(asChild(p)));
        }
        RoutingRule.Child index = asChild(child);
        if (!families.members(c.familyId()).contains(child.id())) {
            children.add(index);
        }
        return RoutingRule.route(c.route(), index, children, neetNeed, date);
    }

    private static RoutingRule.Child asChild(Person p) {
        return new RoutingRule.Child(p.dateOfBirth(), p.kind() == PersonKind.UNBORN_CHILD);
    }

    /** How to reach the front door now: the council's setting (each council's own is shipped as data). */
    private String frontDoor(LocalDate date) {
        return settings.text(EarlyHelpSettings.FRONT_DOOR, date);
    }

    private static ChildAge ageOf(Person p, LocalDate date) {
        return p.kind() == PersonKind.UNBORN_CHILD ? ChildAge.unborn() : ChildAge.on(p.dateOfBirth(), date);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
