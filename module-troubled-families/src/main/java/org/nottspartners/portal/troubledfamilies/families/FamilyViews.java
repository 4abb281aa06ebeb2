package org.nottspartners.portal.troubledfamilies.families;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.troubledfamilies.rules.CriteriaSet;

/** Supporting Families' API forms and views. */
public final class FamilyViews {

    private FamilyViews() {
    }

    /** One family member at screening: the criteria that apply to them, or no issues. */
    public static class MemberForm {
        public UUID personId;
        public List<String> criteria;
        public Boolean noIssues;
    }

    /** A case screened at assessment (002 §13b). */
    public static class ScreeningForm {
        public String caseId;
        public UUID indexChildId;
        public List<MemberForm> members;
        /** Services the case is open to: youth-justice, childrens-social-care, neet (002 §13e-g). */
        public List<String> involvements;
        public String leadPractitioner;
        public Boolean wholeFamilyAssessment;
        public Boolean familyPlan;
    }

    /** A need's outcome: achieved on a day and evidenced to a day. */
    public static class OutcomeForm {
        public LocalDate achievedOn;
        public LocalDate sustainedTo;
        public String evidence;
        /** Evidence an education need by the index child's attendance certificate, computed from the school registers. */
        public Boolean attendanceCertificate;
    }

    public static class VersionForm {
        public Long version;
    }

    /** A new version of the council's criteria set from a date. */
    public static class CriteriaSetForm {
        public LocalDate effectiveFrom;
        public CriteriaSet criteriaSet;
    }

    /** An audit sample to draw: how many families, and the seed (one is chosen and recorded when left out). */
    public static class SampleForm {
        public Integer size;
        public Long seed;
    }

    public record SampleView(UUID id, long seed, int population, OffsetDateTime drawnAt, String drawnBy, List<FamilyView> families) {
    }

    /** The national spot-check team's finding on a claim: UPHELD or NOT_UPHELD, with notes. */
    public static class SpotCheckForm {
        public Long version;
        public String result;
        public String notes;
    }

    /** A claim's payment: the day it was paid and the amount in pounds. */
    public static class PaymentForm {
        public Long version;
        public LocalDate paidOn;
        public Integer pounds;
    }

    public record CriteriaSetView(int number, LocalDate effectiveFrom, CriteriaSet criteriaSet) {
    }

    public record OutcomeView(String criterion, String name, LocalDate achievedOn, LocalDate sustainedTo, String evidence) {
    }

    public record ClaimView(String status, String statusInWords, LocalDate claimableFrom, LocalDate claimableUntil, List<String> reasons) {
    }

    public record FamilyView(UUID id, long version, String caseId, UUID indexChildId, String child, String criteriaSet,
            Map<String, String> criteriaMet, String noIssues, boolean flagged, OffsetDateTime screenedAt, String screenedBy,
            String leadPractitioner, boolean wholeFamilyAssessment, boolean familyPlan, LocalDate closedOn, String closureOutcome,
            String checklistBy, String spotCheckResult, String spotCheckNotes, LocalDate paidOn, Integer paidPounds,
            List<OutcomeView> outcomes, ClaimView claim) {
    }
}
