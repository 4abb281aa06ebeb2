package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §5: the staff pages a case manager works in are readable on a phone (390 px wide) without scrolling
 * sideways, and the case list shows each reference whole at 1280 px.
 */
@ExtendWith(ArquillianExtension.class)
class NarrowScreenIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aCaseManagersPagesFitAPhone() {
        String casey = Api.token("casey.city");
        Map<String, Object> person = Api.createPerson("city", casey, "Narrow", TestNames.unique("Screen"));
        List<String> pages = List.of("/city/index.xhtml", "/city/people/find.xhtml",
                "/city/people/person.xhtml?id=" + person.get("id"), "/city/early-help/cases.xhtml", "/city/clocks/index.xhtml");
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.signIn(Deployments.PORTAL + "/", "tess.citymanager");
            browser.resize(390, 844);
            for (String page : pages) {
                browser.open(Deployments.PORTAL + page);
                long overflow = browser.sidewaysOverflow();
                if (overflow > 0) {
                    tooWide.add(page + " is " + overflow + " px wider than the screen");
                }
                browser.clippedElements().forEach(e -> tooWide.add(page + " at 390 px cuts off " + e));
            }
            browser.resize(1280, 900);
            for (String page : pages) {
                browser.open(Deployments.PORTAL + page);
                browser.clippedElements().forEach(e -> tooWide.add(page + " at 1280 px cuts off " + e));
            }
        }
        assertThat(tooWide).isEmpty();
    }
}
