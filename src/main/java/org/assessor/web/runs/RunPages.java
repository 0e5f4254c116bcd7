package org.assessor.web.runs;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.methodology.Labels;
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
    String run(@PathVariable("id") long id, RunsController.Query query, @RequestParam(name = "page", required = false) String page,
               Model model) {
        RunSummary run = runs.run(id);
        List<StoredRating> all = runs.ratings(id);
        Labels labels = runs.labels(id);
        model.addAttribute("run", run);
        model.addAttribute("query", query);
        model.addAttribute("table", RatingsTable.of(all, query.of(), page, labels));
        RatingCharts charts = RatingCharts.of(all, labels);
        model.addAttribute("charts", charts);
        model.addAttribute("chartCounts", JSON.writeValueAsString(charts.countsById()));
        model.addAttribute("sectors", all.stream().map(StoredRating::sector).distinct().sorted().toList());
        model.addAttribute("labels", labels);
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        tables.names(id).forEach(name -> titles.put(name, LeagueView.title(name)));
        model.addAttribute("tables", titles);
        return "runs/run";
    }

    @GetMapping("/runs/{id}/tables/{name}")
    String table(@PathVariable("id") long id, @PathVariable("name") String name, @RequestParam Map<String, String> filters, Model model) {
        LeagueTable table = tables.one(id, name);
        model.addAttribute("run", runs.run(id));
        model.addAttribute("name", name);
        model.addAttribute("league", LeagueView.of(id, table, tables.definition(id, name), runs.labels(id), runs.ratings(id), filters));
        return "runs/table";
    }

}
