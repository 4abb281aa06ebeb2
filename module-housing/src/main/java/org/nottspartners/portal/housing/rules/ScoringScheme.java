package org.nottspartners.portal.housing.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem.FieldError;

/**
 * A council's A1 scoring scheme (RULES.md §6: "the A1 scoring scheme is not published: the points and their weights
 * must be tenant configuration, with every score explained on screen"): questions, each with a weight and its answers
 * with points. A young person's score is the sum over the questions of the chosen answer's points times the
 * question's weight, and every item of it is kept in words.
 */
public record ScoringScheme(List<Question> questions) {

    public static final int MAX_WEIGHT = 100;
    public static final int MAX_POINTS = 100;

    public ScoringScheme {
        questions = questions == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(questions));
    }

    /** A question of the A1 with its weight and answers. */
    public record Question(String code, String text, int weight, List<Option> options) {
        public Question {
            options = options == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(options));
        }

        Option option(String optionCode) {
            return options.stream().filter(o -> o.code().equals(optionCode)).findFirst().orElse(null);
        }
    }

    /** One answer to a question and its points. */
    public record Option(String code, String text, int points) {
    }

    /** One item of a score: the answer given and what it adds. */
    public record Item(String questionCode, String question, String answer, int points, int weight, int total) {
        /** "High: 5 points x weight 3 = 15". */
        public String inWords() {
            return answer + ": " + points + (points == 1 ? " point" : " points") + " \u00d7 weight " + weight + " = " + total;
        }
    }

    /** A young person's score under the scheme, item by item. */
    public record Score(int total, List<Item> items) {
        public Score {
            items = List.copyOf(items);
        }
    }

    /** What is wrong with the scheme, field by field, in the administrator's words; empty when it can be used. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (questions.isEmpty()) {
            problems.add(new FieldError("questions", "Add at least one question"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(new FieldError(at, "Question " + (i + 1) + " is empty"));
                continue;
            }
            code(q.code(), at + ".code", "Question " + (i + 1), problems);
            if (q.code() != null && !codes.add(q.code())) {
                problems.add(new FieldError(at + ".code", "Question " + (i + 1) + " has the same code as another question: "
                        + q.code()));
            }
            text(q.text(), at + ".text", "Enter the words of question " + (i + 1), problems);
            if (q.weight() < 0 || q.weight() > MAX_WEIGHT) {
                problems.add(new FieldError(at + ".weight", "The weight of question " + (i + 1) + " is a whole number from 0 to "
                        + MAX_WEIGHT));
            }
            if (q.options().size() < 2) {
                problems.add(new FieldError(at + ".options", "Give question " + (i + 1) + " at least two answers"));
            }
            Set<String> optionCodes = new HashSet<>();
            for (int j = 0; j < q.options().size(); j++) {
                Option o = q.options().get(j);
                String oat = at + ".options[" + j + "]";
                if (o == null) {
                    problems.add(new FieldError(oat, "Answer " + (j + 1) + " of question " + (i + 1) + " is empty"));
                    continue;
                }
                code(o.code(), oat + ".code", "Answer " + (j + 1) + " of question " + (i + 1), problems);
                if (o.code() != null && !optionCodes.add(o.code())) {
                    problems.add(new FieldError(oat + ".code", "Question " + (i + 1) + " has two answers with the code " + o.code()));
                }
                text(o.text(), oat + ".text", "Enter the words of answer " + (j + 1) + " of question " + (i + 1), problems);
                if (o.points() < 0 || o.points() > MAX_POINTS) {
                    problems.add(new FieldError(oat + ".points", "The points of answer " + (j + 1) + " of question " + (i + 1)
                            + " are a whole number from 0 to " + MAX_POINTS));
                }
            }
        }
        return problems;
    }

    private static void code(String code, String field, String what, List<FieldError> problems) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{0,39}")) {
            problems.add(new FieldError(field, what + " needs a code of small letters, digits and hyphens (up to 40), like"
                    + " risk-where-living"));
        }
    }

    private static void text(String text, String field, String message, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldError(field, message));
        } else if (text.length() > 300) {
            problems.add(new FieldError(field, message.replace("Enter the words of", "Shorten the words of") + " to 300 characters"));
        }
    }

    /**
     * Scores the answers (question code to answer code), explaining each item.
     *
     * @throws InvalidInputException naming each question not answered, or answered with an answer it does not have
     */
    public Score score(Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int total = 0;
        for (Question q : questions) {
            String given = answers == null ? null : answers.get(q.code());
            if (given == null || given.isBlank()) {
                problems.add(new FieldError("answers." + q.code(), "Answer the question: " + q.text()));
                continue;
            }
            Option o = q.option(given);
            if (o == null) {
                problems.add(new FieldError("answers." + q.code(), "'" + given + "' is not one of the answers to: " + q.text()));
                continue;
            }
            int itemTotal = o.points() * q.weight();
            items.add(new Item(q.code(), q.text(), o.text(), o.points(), q.weight(), itemTotal));
            total += itemTotal;
        }
        if (answers != null) {
            answers.keySet().stream().filter(k -> questions.stream().noneMatch(q -> q.code().equals(k))).sorted()
                    .forEach(k -> problems.add(new FieldError("answers." + k, "The scheme has no question '" + k + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Score(total, items);
    }
}
