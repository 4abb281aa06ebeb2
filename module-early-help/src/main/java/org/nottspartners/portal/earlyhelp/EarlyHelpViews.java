package org.nottspartners.portal.earlyhelp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.earlyhelp.casework.CaseLetter;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.Intervention;
import org.nottspartners.portal.earlyhelp.casework.PlanTarget;
import org.nottspartners.portal.earlyhelp.casework.TafMeeting;
import org.nottspartners.portal.earlyhelp.threshold.Team;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/** How the Early Help API shows its records. */
public final class EarlyHelpViews {

    private EarlyHelpViews() {
    }

    public record CaseView(UUID id, String reference, String stage, UUID familyId, String familyName, UUID indexChildId,
            String route, String concerns, String believedLevel, String decidedLevel, boolean urgent, String referrerName,
            String referrerOrganisation, String referrerContact, OffsetDateTime receivedAt, String decision,
            String decisionReasons, String teamCode, String risk, String existingSupport, String leadProfessional,
            OffsetDateTime allocatedAt, String assessmentType, OffsetDateTime assessmentCompletedAt,
            OffsetDateTime planAgreedAt, String closureOutcome, String programmeStatus, OffsetDateTime closedAt,
            String consentException, UUID consentId, String referralAssessment, OffsetDateTime returnedAt,
            LocalDate priorAssessmentOn, boolean monitoringOnly, java.util.Set<String> criteriaMet, long version) {

        public static CaseView of(EarlyHelpCase c) {
            return new CaseView(c.id(), c.reference(), c.stage().name(), c.familyId(), c.familyName(), c.indexChildId(),
                    c.route().name(), c.concerns(), c.believedLevel(), c.decidedLevel(), c.urgent(), c.referrerName(),
                    c.referrerOrganisation(), c.referrerContact(), c.receivedAt(), name(c.decision()), c.decisionReasons(),
                    c.teamCode(), name(c.rag()), name(c.existingSupport()), c.leadProfessional(), c.allocatedAt(),
                    name(c.assessmentType()), c.assessmentCompletedAt(), c.planAgreedAt(), name(c.closureOutcome()),
                    name(c.programmeStatus()), c.closedAt(), name(c.consentException()), c.consentId().orElse(null),
                    c.referralAssessment().orElse(null), c.returnedAt().orElse(null), c.priorAssessmentOn().orElse(null),
                    c.monitoringOnly(), c.criteriaMet().stream().map(Enum::name)
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), c.version());
        }
    }

    /** A practitioner in (or once in) a case's Team around the Child. */
    public record MemberView(String userName, String name, String agency, String part, String addedBy, OffsetDateTime since,
            OffsetDateTime until) {
        public static MemberView of(org.nottspartners.portal.core.access.RecordGrant g) {
            return new MemberView(g.userName(), g.userLabel(), g.agency(), g.part(), g.grantedBy(), g.grantedAt(),
                    g.revokedAt().orElse(null));
        }
    }

    /** What a referrer sees of a referral they made: its progress and outcome, not the case record. */
    public record ReferralStatusView(UUID id, String reference, String familyName, OffsetDateTime receivedAt, String stage,
            String outcome) {
        public static ReferralStatusView of(EarlyHelpCase c) {
            return new ReferralStatusView(c.id(), c.reference(), c.familyName(), c.receivedAt(), c.stage().name(),
                    c.outcomeForReferrer());
        }
    }

    public record TargetView(UUID id, String need, String target, String measure, String owner, LocalDate dueOn,
            String criterion, String status, UUID serviceId, String serviceName) {
        public static TargetView of(PlanTarget t) {
            return new TargetView(t.id(), t.need(), t.target(), t.measure(), t.owner(), t.dueOn(), name(t.criterion()), t.status(),
                    t.serviceId(), t.serviceName());
        }
    }

    public record InterventionView(UUID id, String kind, String team, String worker, String purpose, OffsetDateTime allocatedAt,
            OffsetDateTime planningMeetingAt, OffsetDateTime firstVisitAt, OffsetDateTime planWrittenAt,
            OffsetDateTime firstSessionAt, OffsetDateTime lastReviewAt, OffsetDateTime serviceManagerAgreedAt, int nonEngagements,
            OffsetDateTime closedAt, String closureReason, long version, UUID serviceId, String serviceName) {
        public static InterventionView of(Intervention i) {
            return new InterventionView(i.id(), i.kind().name(), i.kind().team(), i.worker(), i.purpose(), i.allocatedAt(),
                    i.planningMeetingAt(), i.firstVisitAt(), i.planWrittenAt(), i.firstSessionAt(), i.lastReviewAt(),
                    i.serviceManagerAgreedAt(), i.nonEngagements(), i.closedAt(), i.closureReason(), i.version(), i.serviceId(),
                    i.serviceName());
        }
    }

    public record TafView(UUID id, LocalDate heldOn, boolean familyPresent, String attendees, String summary, boolean review) {
        public static TafView of(TafMeeting m) {
            return new TafView(m.id(), m.heldOn(), m.familyPresent(), m.attendees(), m.summary(), m.review());
        }
    }

    public record EventView(OffsetDateTime happenedAt, String kind, String by, String description) {
        public static EventView of(HistoryEntry e) {
            return new EventView(e.happenedAt(), e.kind(), e.byUser(), e.description());
        }
    }

    public record LetterView(UUID id, String kind, String recipient, String fileName, OffsetDateTime createdAt) {
        public static LetterView of(CaseLetter l) {
            return new LetterView(l.id(), l.kind(), l.recipient(), l.fileName(), l.createdAt());
        }
    }

    public record LevelView(String code, String name, String band, String description, boolean earlyHelp,
            LocalDate effectiveFrom) {
        public static LevelView of(ThresholdLevel l) {
            return new LevelView(l.code(), l.name(), l.band(), l.description(), l.earlyHelp(), l.effectiveFrom());
        }
    }

    public record TeamView(String code, String name, String kind, String contact, long version) {
        public static TeamView of(Team t) {
            return new TeamView(t.code(), t.name(), t.kind().name(), t.contact().orElse(null), t.version());
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
