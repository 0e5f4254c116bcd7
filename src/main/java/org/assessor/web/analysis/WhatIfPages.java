package org.assessor.web.analysis;

import org.assessor.archive.RunSummary;
import org.assessor.web.runs.Runs;
import org.assessor.whatif.Fragility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** {@code /runs/{id}/whatif}: which of a run's ratings one realistic step of one input would change, and how. */
@Controller
final class WhatIfPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Runs runs;
    private final WhatIfAnalyses analyses;

    WhatIfPages(Runs runs, WhatIfAnalyses analyses) {
        this.runs = runs;
        this.analyses = analyses;
    }

    @GetMapping("/runs/{id}/whatif")
    String whatIf(@PathVariable("id") long id, Model model) {
        RunSummary run = runs.run(id);
        WhatIfView view = WhatIfView.of(analyses.of(run));
        model.addAttribute("run", run);
        model.addAttribute("view", view);
        model.addAttribute("definition", Fragility.DEFINITION);
        model.addAttribute("chart", JSON.writeValueAsString(view.chart()));
        return "analysis/whatif";
    }
}
