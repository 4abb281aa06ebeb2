package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import java.util.Optional;

/**
 * Early help takes a child only at the levels of the council's threshold framework that are early help levels
 * (City: Additional and Extensive, 001 L1130-1134, L1162; County: Levels 2 and 3, 002 §1a). At any other level
 * the referral is not taken as early help: the referrer is sent to the council's front door at once (001 L1128:
 * Children and Families Direct; County: the MASH), and a front door cannot pass such a case to an early help
 * team. Which levels are early help is council data (each level's {@code early_help} flag), never a council's id.
 */
public final class ThresholdRule {

    /** A level as the rule needs it: its name and whether it is an early help level. */
    public record Level(String name, boolean earlyHelp) {
    }

    private ThresholdRule() {
    }

    /**
     * Why a referral believed to be at {@code believed} cannot be made, in the referrer's words, or empty when
     * it can. {@code earlyHelpLevels} are the names of the council's early help levels, lowest first;
     * {@code frontDoor} is the council's own instruction for reaching its front door now.
     */
    public static Optional<String> referralRefusal(Level believed, List<String> earlyHelpLevels, String frontDoor) {
        if (believed.earlyHelp()) {
            return Optional.empty();
        }
        return Optional.of("Early help is for a child at " + either(earlyHelpLevels) + ". It cannot take a referral of a child at "
                + believed.name() + ": " + frontDoor);
    }

    /** Why a front door cannot pass a case to an early help team at {@code decided}, or empty when it can. */
    public static Optional<String> acceptanceRefusal(Level decided, List<String> earlyHelpLevels) {
        if (decided.earlyHelp()) {
            return Optional.empty();
        }
        return Optional.of("An early help team takes a family only at " + either(earlyHelpLevels) + ". At " + decided.name()
                + ", redirect the case to children's social care, or decline it");
    }

    /** "Additional or Extensive"; "Level 2, Level 3 or Level 4". */
    static String either(List<String> names) {
        if (names.isEmpty()) {
            return "no level (the council has set none)";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
