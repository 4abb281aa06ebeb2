package org.nottspartners.portal.core.person;

/**
 * Ethnicity by the Department for Education's main codes, as schools and councils return them in the
 * school and children in need censuses; {@code REFU} and {@code NOBT} record a refusal and "not yet
 * obtained" rather than leaving the field blank.
 */
public enum Ethnicity {
    WBRI("White - British"),
    WIRI("White - Irish"),
    WIRT("Traveller of Irish heritage"),
    WROM("Gypsy/Roma"),
    WOTH("Any other White background"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Black Caribbean"),
    BAFR("Black - African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The main category the code falls under in the DfE's ethnicity codes (White, Mixed, Asian or Asian
     * British, Black or Black British, Chinese or other), or "Not known" for a refusal or a code not yet
     * obtained: the groups of the select a person's ethnicity is chosen from (issue 21).
     */
    public String group() {
        if (this == REFU || this == NOBT) {
            return "Not known";
        }
        return switch (name().charAt(0)) {
            case 'W' -> "White";
            case 'M' -> "Mixed or multiple ethnic groups";
            case 'A' -> "Asian or Asian British";
            case 'B' -> "Black or Black British";
            default -> "Chinese or any other ethnic group";
        };
    }
}
