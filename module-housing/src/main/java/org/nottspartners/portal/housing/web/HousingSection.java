package org.nottspartners.portal.housing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.housing.kit.HousingViews.A1View;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationView;
import org.nottspartners.portal.housing.emergency.Presentations;
import org.nottspartners.portal.housing.referral.A1s;

/** The housing section of the family record page: a young person's presentations and A1s. */
@Named("housingSection")
@RequestScoped
public class HousingSection {

    @Inject
    Presentations presentations;

    @Inject
    A1s a1s;

    @Inject
    DashboardPage dashboard;

    public List<PresentationView> presentations(Object personId) {
        return presentations.of(UUID.fromString(personId.toString()));
    }

    public List<A1View> a1s(Object personId) {
        return a1s.of(UUID.fromString(personId.toString()));
    }

    public String when(OffsetDateTime at) {
        return dashboard.when(at);
    }
}
