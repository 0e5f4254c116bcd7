package org.assessor.web.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assessor.archive.RunSummary;
import org.assessor.web.runs.Runs;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /trend?run=1&run=2…}: two or more archived runs, oldest first, as the years of a trend; without runs,
 * the list to choose them from.
 */
@Controller
final class TrendPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_RUNS = 20;

    private final Runs runs;

    TrendPages(Runs runs) {
        this.runs = runs;
    }

    @GetMapping("/trend")
    String trend(@RequestParam(name = "run", required = false) List<String> ids, Model model) {
        if (ids == null || ids.isEmpty()) {
            model.addAttribute("all", runs.all());
            model.addAttribute("scales", scales());
            return "analysis/trend-pick";
        }
        List<RunSummary> chosen = chosen(ids);
        RunTrend trend = RunTrend.of(chosen, chosen.stream().map(runs::methodologyOf).toList(),
                chosen.stream().map(r -> runs.ratings(r.id())).toList());
        model.addAttribute("trend", trend);
        model.addAttribute("chart", JSON.writeValueAsString(trend.chart()));
        return "analysis/trend";
    }

    /** The runs grouped by the scale their methodology rates on (only runs of one group make a trend), newest first. */
    private Map<String, List<RunSummary>> scales() {
        Map<String, List<RunSummary>> scales = new TreeMap<>();
        for (RunSummary run : runs.all()) {
            String scale;
            try {
                scale = RunTrend.scale(runs.methodologyOf(run).config().rating());
            } catch (RuntimeException e) {
                scale = "a methodology that cannot be loaded now";
            }
            scales.computeIfAbsent(scale, k -> new ArrayList<>()).add(run);
        }
        return scales;
    }

    /** The runs asked for, each once, oldest first (by id: runs are numbered as they start). */
    private List<RunSummary> chosen(List<String> ids) {
        Set<Long> numbers = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                numbers.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw RequestProblem.badRequest("Bad run", "run must be a run's number; got '"
                        + (id.length() > 80 ? id.substring(0, 80) + "…" : id) + "'", "run", id);
            }
        }
        if (numbers.size() < 2 || numbers.size() > MAX_RUNS) {
            throw RequestProblem.badRequest("Choose 2 to " + MAX_RUNS + " runs", "a trend needs from 2 to " + MAX_RUNS
                    + " different runs; got " + numbers.size(), "run", numbers);
        }
        List<RunSummary> chosen = new ArrayList<>();
        numbers.stream().sorted().forEach(id -> chosen.add(runs.run(id)));
        return chosen;
    }
}
