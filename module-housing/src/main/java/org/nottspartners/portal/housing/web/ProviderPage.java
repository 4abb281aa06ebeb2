package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.housing.kit.HousingViews.A1StepForm;
import org.nottspartners.portal.housing.kit.HousingViews.OfferAnswerForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderOfferView;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderView;
import org.nottspartners.portal.housing.providers.Providers;
import org.nottspartners.portal.housing.referral.A1s;

/** A provider's page: the A1s sent to its organisation (accept or decline), its places free, and move-ins. */
@Named("housingProvider")
@RequestScoped
public class ProviderPage {

    @Inject
    A1s a1s;

    @Inject
    Providers providers;

    @Inject
    DashboardPage dashboard;

    private List<ProviderOfferView> offers;
    private List<ProviderView> own;
    private String reason;
    private Integer vacancies;
    private String keyworker;

    public List<ProviderOfferView> getOffers() {
        if (offers == null) {
            offers = a1s.offersForCaller();
        }
        return offers;
    }

    public List<ProviderView> getOwn() {
        if (own == null) {
            own = providers.list();
        }
        return own;
    }

    public void answer() {
        OfferAnswerForm form = new OfferAnswerForm();
        form.version = Sent.version();
        form.answer = Sent.text("answer");
        form.reason = reason;
        UUID key = Sent.id("offerId");
        if (PageActions.run(() -> a1s.answer(key, form), "this referral", null) == PageActions.Outcome.DONE) {
            PageActions.info("ACCEPT".equals(form.answer) ? "Accepted: the place is the young person's. Record the move-in when they arrive."
                    : "Declined; the Waiting List Manager sees your reason.");
        }
        offers = null;
        own = null;
    }

    public void vacancies() {
        ProviderForm form = new ProviderForm();
        form.version = Sent.version();
        form.vacancies = vacancies;
        UUID key = Sent.id("providerId");
        if (PageActions.run(() -> providers.update(key, form), "your places free", null) == PageActions.Outcome.DONE) {
            PageActions.info("Places free saved.");
        }
        own = null;
    }

    public void moveIn() {
        A1StepForm form = new A1StepForm();
        form.version = Sent.version();
        form.step = "MOVE_IN";
        form.keyworker = keyworker;
        UUID key = Sent.id("a1Id");
        if (PageActions.run(() -> a1s.step(key, form), "this young person's A1", null) == PageActions.Outcome.DONE) {
            PageActions.info("Moved in: the keyworker is now lead professional.");
        }
        offers = null;
    }

    public String when(java.time.OffsetDateTime at) {
        return dashboard.when(at);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getVacancies() {
        return vacancies;
    }

    public void setVacancies(Integer vacancies) {
        this.vacancies = vacancies;
    }

    public String getKeyworker() {
        return keyworker;
    }

    public void setKeyworker(String keyworker) {
        this.keyworker = keyworker;
    }
}
