package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;

/** The three domains of the City's CAF assessment triangle, with their dimensions (001 L1177-1179, L1248-1790). */
public enum CafDomain {
    CHILD_DEVELOPMENT("Child and young person's health and development", List.of("Health", "Education and learning",
            "Emotional and behavioural development", "Identity", "Family and social relationships", "Self-care skills")),
    PARENTS_AND_CARERS("Parents and carers", List.of("Basic care and protection", "Emotional warmth and stability",
            "Guidance, boundaries and stimulation")),
    FAMILY_AND_ENVIRONMENT("Family and environmental factors", List.of("Family history and functioning",
            "Housing, employment and finance", "Family's social integration", "Community resources"));

    private final String label;
    private final List<String> dimensions;

    CafDomain(String label, List<String> dimensions) {
        this.label = label;
        this.dimensions = dimensions;
    }

    public String label() {
        return label;
    }

    public List<String> dimensions() {
        return dimensions;
    }
}
