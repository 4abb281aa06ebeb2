package org.nottspartners.portal.troubledfamilies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.troubledfamilies.families.Families;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.FamilyView;

/** The performance team's page: families screened, what they met and why, and whether each claim can be made. */
@Named("supportingFamilies")
@RequestScoped
public class FamiliesPage {

    @Inject
    Families families;

    @Inject
    Today today;

    private List<FamilyView> all;

    public List<FamilyView> getFamilies() {
        if (all == null) {
            all = families.all();
        }
        return all;
    }

    public String criteria(FamilyView f) {
        return String.join("; ", f.criteriaMet().values());
    }

    public void download() throws IOException {
        PageActions.download(families.claimsXlsx(), Spreadsheets.MEDIA_TYPE, "claims-" + today.date() + ".xlsx");
    }
}
