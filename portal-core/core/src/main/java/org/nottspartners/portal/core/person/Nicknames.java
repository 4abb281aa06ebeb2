package org.nottspartners.portal.core.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everyday short forms of English first names, so that a search for "Bill Smith" finds William Smith.
 * Each group lists names used for the same person; a name may sit in more than one group.
 */
public final class Nicknames {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("william", "bill", "billy", "will", "willie", "liam"),
            Set.of("robert", "bob", "bobby", "rob", "robbie", "bert"),
            Set.of("richard", "rick", "ricky", "dick", "rich", "richie"),
            Set.of("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "lisa"),
            Set.of("katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat", "kay"),
            Set.of("margaret", "maggie", "meg", "peggy", "madge", "maisie"),
            Set.of("james", "jim", "jimmy", "jamie"),
            Set.of("john", "jack", "johnny", "jon"),
            Set.of("jonathan", "jon", "jonny", "nathan"),
            Set.of("michael", "mike", "mikey", "mick", "mickey"),
            Set.of("thomas", "tom", "tommy"),
            Set.of("joseph", "joe", "joey"),
            Set.of("daniel", "dan", "danny"),
            Set.of("anthony", "tony", "ant"),
            Set.of("alexander", "alex", "alec", "sandy", "xander"),
            Set.of("alexandra", "alex", "alexa", "sandra", "lexi"),
            Set.of("christopher", "chris", "kit"),
            Set.of("christine", "christina", "chris", "tina", "chrissy"),
            Set.of("edward", "ed", "eddie", "ted", "teddy", "ned"),
            Set.of("samuel", "sam", "sammy"),
            Set.of("samantha", "sam", "sammy"),
            Set.of("benjamin", "ben", "benny"),
            Set.of("matthew", "matt", "matty"),
            Set.of("nicholas", "nick", "nicky"),
            Set.of("jennifer", "jen", "jenny"),
            Set.of("rebecca", "becky", "becca", "bex"),
            Set.of("victoria", "vicky", "tori"),
            Set.of("charlotte", "charlie", "lottie"),
            Set.of("charles", "charlie", "chas", "chuck"),
            Set.of("frederick", "fred", "freddie"),
            Set.of("henry", "harry", "hal"),
            Set.of("patricia", "pat", "patty", "trish"),
            Set.of("patrick", "pat", "paddy"),
            Set.of("susan", "sue", "susie"),
            Set.of("deborah", "debbie", "deb"),
            Set.of("abigail", "abbie", "abby"),
            Set.of("oliver", "ollie"),
            Set.of("isabella", "isabel", "izzy", "bella"),
            Set.of("amelia", "millie", "amy"),
            Set.of("gabriel", "gabe"),
            Set.of("mohammed", "muhammad", "mohammad", "mohamed", "mo"));

    private static final Map<String, Set<String>> BY_NAME = new HashMap<>();

    static {
        for (Set<String> group : GROUPS) {
            for (String name : group) {
                BY_NAME.computeIfAbsent(name, n -> new TreeSet<>()).addAll(group);
            }
        }
    }

    private Nicknames() {
    }

    /** The name itself and every name used for the same person, in lower case. */
    public static Set<String> variantsOf(String givenName) {
        String name = givenName.strip().toLowerCase(Locale.ROOT);
        Set<String> all = new TreeSet<>(BY_NAME.getOrDefault(name, Set.of()));
        all.add(name);
        return all;
    }
}
