package org.nottspartners.portal.attendance.reporting;

/** The attendance bands of the City's waves (004), their edges council settings. */
public enum Band {
    ABOVE_WAVES("Above the waves"),
    WAVE_1("Wave 1: universal"),
    WAVES_2_3("Waves 2 and 3: Taskforce and Family Support"),
    BELOW_WAVES("Below the waves");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
