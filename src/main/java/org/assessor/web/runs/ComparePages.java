package org.assessor.web.runs;

import java.security.Principal;

import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /compare?a=…&b=…}: two runs side by side, with why each changed trust's rating differs and what differs in
 * the methodologies. Without {@code b} (or {@code a}) it offers the runs to pick, only those that compare.
 */
@Controller
final class ComparePages {
    private final Runs runs;
    private final RunComparisons comparisons;
    private final ComparableRuns comparable;

    ComparePages(Runs runs, RunComparisons comparisons, ComparableRuns comparable) {
        this.runs = runs;
        this.comparisons = comparisons;
        this.comparable = comparable;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "a", required = false) String a, @RequestParam(name = "b", required = false) String b,
                   Principal user, Model model) {
        Long first = id("a", a);
        Long second = id("b", b);
        if (first == null) {
            model.addAttribute("choices", comparable.any());
            return "runs/compare-pick";
        }
        model.addAttribute("a", runs.run(first));
        if (second == null) {
            model.addAttribute("choices", comparable.with(first));
            return "runs/compare-pick";
        }
        RunComparisons.Compared compared = comparisons.compareInDetail(first, second, user.getName());
        model.addAttribute("comparison", compared.comparison());
        model.addAttribute("details", compared.details());
        model.addAttribute("labels", runs.labels(first));
        return "runs/compare";
    }

    private static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RequestProblem.badRequest("Bad run", name + " must be a run's number; got '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'", name, value);
        }
    }
}
