package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.housing.kit.HousingAccess;
import org.nottspartners.portal.housing.kit.HousingViews.A1Form;
import org.nottspartners.portal.housing.kit.HousingViews.A1StepForm;
import org.nottspartners.portal.housing.kit.HousingViews.A1View;
import org.nottspartners.portal.housing.kit.HousingViews.OffersForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderView;
import org.nottspartners.portal.housing.kit.YoungPeople;
import org.nottspartners.portal.housing.providers.Providers;
import org.nottspartners.portal.housing.referral.A1Route;
import org.nottspartners.portal.housing.referral.A1s;
import org.nottspartners.portal.housing.referral.Schemes;
import org.nottspartners.portal.housing.rules.ScoringScheme;

/**
 * An A1: completing one (its questions from the scheme in force) for a young person, and then its score explained
 * item by item, its offers to providers and its steps.
 */
@Named("housingA1")
@RequestScoped
public class A1Page {

    @Inject
    A1s a1s;

    @Inject
    Schemes schemes;

    @Inject
    Providers providers;

    @Inject
    PersonRecordAccess people;

    @Inject
    HousingAccess access;

    @Inject
    Today today;

    @Inject
    DashboardPage dashboard;

    private String id;
    private String person;
    private String presentation;
    private A1View a1;
    private boolean looked;

    private String route;
    private boolean socialCareLead;
    private String needs;
    private final Map<String, String> answers = new HashMap<>();
    private List<String> chosenProviders = new ArrayList<>();
    private String keyworker;
    private String reason;

    public A1View getA1() {
        if (!looked) {
            looked = true;
            UUID key = id != null ? parse(id) : Sent.id("a1Id");
            try {
                a1 = key == null ? null : a1s.get(key);
            } catch (RecordNotFoundException gone) {
                a1 = null;
            }
        }
        return a1;
    }

    public Person getYoungPerson() {
        UUID key = person != null ? parse(person) : Sent.id("personId");
        return key == null ? null : people.open(key).orElse(null);
    }

    /** The questions of the scheme in force today. */
    public List<ScoringScheme.Question> getQuestions() {
        return Schemes.scheme(schemes.inForceOn(today.date())).questions();
    }

    public A1Route[] getRoutes() {
        return A1Route.values();
    }

    public List<ProviderView> getProviders() {
        return providers.list();
    }

    public boolean isOfficer() {
        return access.isOfficer();
    }

    private static UUID parse(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String complete() {
        A1Form form = new A1Form();
        form.personId = Sent.id("personId");
        form.presentationId = Sent.id("presentationId");
        form.route = route;
        form.socialCareLead = socialCareLead;
        form.needs = needs;
        form.answers = new HashMap<>(answers);
        form.answers.values().removeIf(v -> v == null || v.isBlank());
        A1View[] done = new A1View[1];
        if (PageActions.run(() -> done[0] = a1s.create(form), "this young person's A1", "complete") == PageActions.Outcome.DONE) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageActions.info("The A1 is scored (" + done[0].score() + ") and the young person is on the waiting list.");
            return "/housing/a1?faces-redirect=true&id=" + done[0].id();
        }
        return null;
    }

    public void send() {
        OffersForm form = new OffersForm();
        form.version = Sent.version();
        form.providerIds = chosenProviders.stream().map(A1Page::parse).filter(java.util.Objects::nonNull).toList();
        UUID key = Sent.id("a1Id");
        if (PageActions.run(() -> a1 = a1s.send(key, form), "this A1", null) == PageActions.Outcome.DONE) {
            looked = true;
            PageActions.info("The A1 has been sent to the providers chosen.");
        }
    }

    public void step() {
        A1StepForm form = new A1StepForm();
        form.version = Sent.version();
        form.step = Sent.text("step");
        form.keyworker = keyworker;
        form.reason = reason;
        UUID key = Sent.id("a1Id");
        if (PageActions.run(() -> a1 = a1s.step(key, form), "this A1", null) == PageActions.Outcome.DONE) {
            looked = true;
            PageActions.info("Saved.");
        }
    }

    public String when(java.time.OffsetDateTime at) {
        return dashboard.when(at);
    }

    public String name(Person p) {
        return p.givenName() + " " + p.familyName();
    }

    public Integer age(Person p) {
        return YoungPeople.age(p, today.date());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getPresentation() {
        return presentation != null ? presentation : Sent.text("presentationId");
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public boolean isSocialCareLead() {
        return socialCareLead;
    }

    public void setSocialCareLead(boolean socialCareLead) {
        this.socialCareLead = socialCareLead;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public List<String> getChosenProviders() {
        return chosenProviders;
    }

    public void setChosenProviders(List<String> chosenProviders) {
        this.chosenProviders = chosenProviders == null ? new ArrayList<>() : chosenProviders;
    }

    public String getKeyworker() {
        return keyworker;
    }

    public void setKeyworker(String keyworker) {
        this.keyworker = keyworker;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
