package org.assessor.web.history;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.methodology.Labels;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /trusts?name=…}: the organisations whose name contains the text (case-blind); when one matches, or
 * {@code organisation} names one exactly, its history across every archived run.
 */
@Controller
final class HistoryPages {
    /** More matches than this ask for a longer name rather than a longer list. */
    static final int MATCHES = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunArchive archive;
    private final Map<String, Labels> labels = new ConcurrentHashMap<>();
    /** The ratings each run gave: the chart's axis shows the whole scale the runs used, not only this trust's ratings. */
    private final Map<Long, List<String>> values = new ConcurrentHashMap<>();

    HistoryPages(RunArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/trusts")
    String trusts(@RequestParam(name = "name", required = false) String name,
                  @RequestParam(name = "organisation", required = false) String organisation, Model model) {
        model.addAttribute("name", name);
        if (organisation != null && !organisation.isBlank()) {
            return history(organisation, model);
        }
        if (name == null || name.isBlank()) {
            return "history/search";
        }
        if (name.length() > 200) {
            throw RequestProblem.badRequest("Name too long", "name must be at most 200 characters; got " + name.length(), "name",
                    name.substring(0, 80) + "…");
        }
        List<String> matches = archive.organisations(name.strip(), MATCHES + 1);
        if (matches.size() == 1) {
            return history(matches.get(0), model);
        }
        model.addAttribute("matches", matches.subList(0, Math.min(MATCHES, matches.size())));
        model.addAttribute("more", matches.size() > MATCHES);
        return "history/search";
    }

    private String history(String organisation, Model model) {
        var ratings = archive.ratingsOf(organisation);
        if (ratings.isEmpty()) {
            throw RequestProblem.notFound("Unknown organisation", "no archived run rated an organisation named '" + organisation + "'",
                    "organisation", organisation);
        }
        Set<String> scale = new HashSet<>();
        ratings.stream().map(r -> r.run().id()).distinct().forEach(run -> scale.addAll(values.computeIfAbsent(run, archive::ratingValues)));
        TrustHistory history = TrustHistory.of(organisation, ratings, r -> labels(r.run()).of(r.rating().sector()), scale);
        model.addAttribute("history", history);
        model.addAttribute("chart", JSON.writeValueAsString(history.chart()));
        return "history/trust";
    }

    /** How the run's own methodology version names things, loaded from the archive once per version. */
    private Labels labels(RunSummary run) {
        return labels.computeIfAbsent(run.methodologyVersion(), version -> archive.methodology(run.id()).load().labels());
    }
}
