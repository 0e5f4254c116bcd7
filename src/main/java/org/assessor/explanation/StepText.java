package org.assessor.explanation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.assessment.Step;
import org.assessor.fact.Confidence;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;
import org.assessor.methodology.Labels;

/**
 * Renders a step's sentence from its rule's {@code @explain} template. A placeholder names a binding,
 * optionally with a filter: {@code {$total|plural:point}} reads "4 points", {@code {$scores|grouped:point}}
 * groups scored items by status. A step that used an assumed parameter says so.
 */
public final class StepText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)(?:\\|(\\w+)(?::(\\w+))?)?}");
    private static final Map<String, List<Object>> TEMPLATES = new ConcurrentHashMap<>();

    private final Labels labels;

    public StepText(Labels labels) {
        this.labels = labels;
    }

    public String render(Step step) {
        String sentence = step.template() == null ? defaultSentence(step) : fill(step);
        List<String> assumed = step.params().stream().filter(p -> p.confidence() == Confidence.ASSUMED)
                .map(Param::name).toList();
        return assumed.isEmpty() ? sentence : sentence + " [assumed: " + String.join(", ", assumed) + "]";
    }

    private String fill(Step step) {
        StringBuilder text = new StringBuilder();
        for (Object segment : TEMPLATES.computeIfAbsent(step.template(), StepText::parse)) {
            if (segment instanceof Placeholder placeholder) {
                Object value = step.bindings().get(placeholder.binding());
                text.append(value == null && !step.bindings().containsKey(placeholder.binding())
                        ? placeholder.raw() : format(value, placeholder.filter(), placeholder.word(), step));
            } else {
                text.append(segment);
            }
        }
        return text.toString();
    }

    /** A template as literal text and placeholders, parsed once per template rather than once per step. */
    private static List<Object> parse(String template) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            segments.add(template.substring(end, matcher.start()));
            segments.add(new Placeholder(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group()));
            end = matcher.end();
        }
        segments.add(template.substring(end));
        return List.copyOf(segments);
    }

    /** The bindings a template names: all a sentence needs of a step's bindings. */
    public static Set<String> bindings(String template) {
        Set<String> names = new LinkedHashSet<>();
        if (template != null) {
            for (Object segment : TEMPLATES.computeIfAbsent(template, StepText::parse)) {
                if (segment instanceof Placeholder placeholder) {
                    names.add(placeholder.binding());
                }
            }
        }
        return names;
    }

    /** {@code {$binding|filter:word}} in a template; {@code raw} is kept for a binding the rule does not have. */
    private record Placeholder(String binding, String filter, String word, String raw) {
    }

    private String defaultSentence(Step step) {
        List<String> parts = new ArrayList<>();
        step.outcomes().forEach(o -> parts.add(labels.of(o.name()) + " = " + value(o.value(), step)
                + (o.isOverride() ? " (replacing " + value(o.replaced(), step) + ")" : "")));
        return step.rule() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private String format(Object value, String filter, String word, Step step) {
        if ("plural".equals(filter)) {
            String number = value(value, step);
            return number + " " + (number.equals("1") ? word : word + "s");
        }
        if ("grouped".equals(filter) && value instanceof List<?> list) {
            return grouped(scores(list), word);
        }
        return value(value, step);
    }

    /** A value as a reader would write it: whole numbers without decimals, ids as labels, bands as ranges. */
    public String value(Object value, Step step) {
        if (value instanceof Number number) {
            return Numbers.format(number.doubleValue());
        }
        if (value instanceof Param param) {
            return param.isBand() ? band(param) : value(param.value(), step);
        }
        if (value instanceof List<?> list) {
            return listed(scores(list).stream().map(s -> item(s) + " " + status(s) + " (" + Numbers.format(s.points()) + ")").toList());
        }
        if (value instanceof String text) {
            for (Input input : step.inputs()) {
                if (text.equals(input.value())) {
                    return labels.value(input.name(), text);
                }
            }
            return labels.of(text);
        }
        return String.valueOf(value);
    }

    /** The inputs and earlier results a step used, e.g. "financial management underachieved (1), key-target summary pass". */
    public String used(Step step) {
        List<String> parts = new ArrayList<>();
        step.inputs().forEach(input -> parts.add(labels.of(input.name()) + " " + labels.value(input.name(), input.value())));
        step.uses().forEach((name, value) -> parts.add(value instanceof Score score
                ? item(score) + " " + status(score) + " (" + Numbers.format(score.points()) + ")"
                : labels.of(name) + " " + value(value, step)));
        return String.join(", ", parts);
    }

    private static String band(Param band) {
        if (band.max() == null) {
            return Numbers.format(band.min()) + " or more";
        }
        if (band.min() == null) {
            return "up to " + Numbers.format(band.max());
        }
        return band.min().equals(band.max()) ? Numbers.format(band.min())
                : Numbers.format(band.min()) + "–" + Numbers.format(band.max());
    }

    /** "1 significantly underachieved (financial management, 3 points) and 2 underachieved (a, b, 1 point each)". */
    private String grouped(List<Score> scores, String word) {
        Map<String, List<Score>> byStatus = new LinkedHashMap<>();
        scores.stream().filter(s -> s.points() != 0)
                .sorted((a, b) -> Double.compare(b.points(), a.points()))
                .forEach(s -> byStatus.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(s));
        if (byStatus.isEmpty()) {
            return "none scored " + word + "s";
        }
        List<String> groups = new ArrayList<>();
        byStatus.forEach((status, group) -> {
            String points = Numbers.format(group.get(0).points());
            String unit = points.equals("1") ? word : word + "s";
            List<String> items = group.stream().map(this::item).toList();
            groups.add(group.size() + " " + status(group.get(0)) + " (" + String.join(", ", items) + ", " + points + " "
                    + unit + (group.size() > 1 ? " each" : "") + ")");
        });
        return listed(groups);
    }

    private String item(Score score) {
        return labels.of(score.item());
    }

    private String status(Score score) {
        return labels.value(score.item(), score.status());
    }

    private static List<Score> scores(List<?> list) {
        return list.stream().filter(Score.class::isInstance).map(Score.class::cast).toList();
    }

    private static String listed(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "none" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
