package org.assessor.web.runs;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.MethodologyState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The run pages: the list (and starting a rating), a run's ratings and charts, a league table (a trust's explanation: {@link ExplanationPages}; a comparison: {@link ComparePages}). */
@Controller
final class RunPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Runs runs;
    private final RatingJobs jobs;
    private final LeagueTables tables;
    private final MethodologyRegistry registry;

    RunPages(Runs runs, RatingJobs jobs, LeagueTables tables, MethodologyRegistry registry) {
        this.runs = runs;
        this.jobs = jobs;
        this.tables = tables;
        this.registry = registry;
    }

    @GetMapping("/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.all());
        model.addAttribute("serving", registry.states().stream().filter(s -> s.serving() != null).map(MethodologyState::id).toList());
        return "runs/list";
    }

    @PostMapping("/runs")
    String start(@RequestParam("methodology") String methodology, @RequestParam("input") MultipartFile input,
                 @RequestParam(name = "period", required = false) String period, Principal user) throws IOException {
        Job job = jobs.start(methodology, input.getBytes(), input.getOriginalFilename(), period, user.getName());
        return "redirect:/jobs/" + job.view().id();
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable("id") long id, Model model) {
        model.addAttribute("job", jobs.job(id).view());
        return "runs/job";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable("id") long id, RunsController.Query query, Model model) {
        RunSummary run = runs.run(id);
        List<StoredRating> all = runs.ratings(id);
        model.addAttribute("run", run);
        model.addAttribute("query", query);
        List<String> columns = RatingsQuery.columns(all);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", query.of().apply(all).stream()
                .map(r -> new Row(r.index(), columns.stream().map(c -> RatingsQuery.value(r, c)).toList())).toList());
        model.addAttribute("total", all.size());
        Distribution distribution = Distribution.of(List.of("run"), List.of(all.stream()
                .map(r -> new Distribution.Entry(r.sector(), r.rating() == null ? "" : r.rating())).toList()), RatingOrder.natural(), List.of());
        model.addAttribute("distribution", distribution);
        Map<String, Map<String, Integer>> charts = charts(distribution);
        model.addAttribute("charts", charts);
        model.addAttribute("chartCounts", JSON.writeValueAsString(charts));
        model.addAttribute("labels", runs.labels(id));
        model.addAttribute("tables", tables.names(id));
        model.addAttribute("others", runs.all().stream().filter(r -> r.id() != id).toList());
        return "runs/run";
    }

    @GetMapping("/runs/{id}/tables/{name}")
    String table(@PathVariable("id") long id, @PathVariable("name") String name, @RequestParam Map<String, String> filters, Model model) {
        LeagueTable table = tables.one(id, name);
        model.addAttribute("run", runs.run(id));
        model.addAttribute("all", table);
        model.addAttribute("filters", filters);
        model.addAttribute("table", table.filter(filters));
        return "runs/table";
    }

    /** One line of the ratings table: the rating's index in the run and its cells, organisation first. */
    record Row(int index, List<String> cells) {
    }

    /** Per sector (then all): the rating values and their counts, for one bar chart each (as JSON in the page, for charts.js). */
    private static Map<String, Map<String, Integer>> charts(Distribution distribution) {
        Map<String, Map<String, Integer>> charts = new LinkedHashMap<>();
        for (String sector : distribution.sectors()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            distribution.ratings().forEach(rating -> counts.put(rating, distribution.count(sector, rating, 0)));
            charts.put(sector, counts);
        }
        return charts;
    }
}
