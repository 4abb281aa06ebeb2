package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeForm;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeSaved;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeView;
import org.nottspartners.portal.housing.referral.Schemes;
import org.nottspartners.portal.housing.rules.ScoringScheme;

/**
 * The A1 scoring scheme for the Waiting List Manager and the council's administrators: the newest version's weights
 * and points, changed as a new version from a date (questions and answers are added through the API). A save made
 * from a version someone else replaced meanwhile is refused with what they changed.
 */
@Named("housingScheme")
@RequestScoped
public class SchemePage {

    @Inject
    Schemes schemes;

    @Inject
    Today today;

    private List<SchemeView> versions;
    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, Integer> points = new HashMap<>();
    private LocalDate effectiveFrom;

    public List<SchemeView> getVersions() {
        if (versions == null) {
            versions = schemes.versions();
        }
        return versions;
    }

    public SchemeView getNewest() {
        return getVersions().isEmpty() ? null : getVersions().get(0);
    }

    public void save() {
        SchemeView newest = getNewest();
        if (newest == null) {
            PageActions.error("The council has no scheme yet: add the first version through the API (PUT scoring-scheme).");
            return;
        }
        SchemeForm form = new SchemeForm();
        form.basedOn = Sent.text("basedOn") == null ? null : Integer.valueOf(Sent.text("basedOn"));
        form.effectiveFrom = effectiveFrom;
        // the edit is applied to the version the form was read from, so a newer one saved meanwhile is refused, not merged
        SchemeView read = getVersions().stream().filter(v -> form.basedOn != null && v.number() == form.basedOn).findFirst().orElse(newest);
        form.questions = read.questions().stream().map(q -> new ScoringScheme.Question(q.code(), q.text(),
                or(weights.get(q.code()), q.weight()), q.options().stream().map(o -> new ScoringScheme.Option(o.code(), o.text(),
                        or(points.get(q.code() + ":" + o.code()), o.points()))).toList())).toList();
        SchemeSaved[] saved = new SchemeSaved[1];
        if (PageActions.run(() -> saved[0] = schemes.save(form), "the scoring scheme", "scheme") == PageActions.Outcome.DONE) {
            PageActions.info("Version " + saved[0].scheme().number() + " is in force from " + saved[0].scheme().effectiveFrom() + "; "
                    + saved[0].rescored() + " A1s on the waiting list scored from that date were scored again.");
        }
        versions = null;
    }

    private static int or(Integer given, int current) {
        return given == null ? current : given;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    public Map<String, Integer> getPoints() {
        return points;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom == null ? today.date() : effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
