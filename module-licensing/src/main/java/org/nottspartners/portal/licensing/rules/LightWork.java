package org.nottspartners.portal.licensing.rules;

/**
 * Jobs a byelaw lists as light work that a 13-year-old may do (RULES.md §5: minimum age 14, 13 for listed light work);
 * which of them a council's byelaws list is its setting {@code licensing.employment.light-work-at-13}.
 */
public enum LightWork {
    AGRICULTURE("agricultural or horticultural work"),
    DELIVERING_PAPERS("delivering newspapers, journals and other printed material"),
    SHOP_WORK("shop work, including shelf stacking"),
    HAIRDRESSING("work in a hairdressing salon"),
    OFFICE_WORK("office work"),
    CAR_WASHING("washing cars by hand in a private residential setting"),
    CAFE_OR_RESTAURANT("work in a café or restaurant"),
    RIDING_STABLES("work in riding stables"),
    HOTEL_DOMESTIC("domestic work in a hotel or other place offering accommodation");

    private final String inWords;

    LightWork(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }
}
