package org.assessor.web.methodologies;

import java.security.Principal;

import org.assessor.methodology.Methodology;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.MethodologyState;
import org.assessor.serving.UnknownMethodologyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The methodologies: each with its status, sectors, parameters (anchored by name, for explanations to link to) and rules. */
@Controller
final class MethodologyPages {
    private final MethodologyRegistry registry;
    private final Maintenance maintenance;

    MethodologyPages(MethodologyRegistry registry, Maintenance maintenance) {
        this.registry = registry;
        this.maintenance = maintenance;
    }

    @GetMapping("/methodologies")
    String list(Model model) {
        model.addAttribute("methodologies", registry.states());
        return "methodologies/list";
    }

    @GetMapping("/methodologies/{id}")
    String one(@PathVariable("id") String id, Model model) {
        MethodologyState state = registry.state(id).orElseThrow(() -> new UnknownMethodologyException(id, registry.ids()));
        model.addAttribute("state", state);
        if (state.serving() != null) {
            Methodology methodology = state.serving().rules().methodology();
            model.addAttribute("methodology", methodology);
            model.addAttribute("parameters", methodology.params().stream().map(ParameterView::of).toList());
        }
        return "methodologies/one";
    }

    @PostMapping("/methodologies/{id}/validation")
    String validate(@PathVariable("id") String id, Principal user, Model model) {
        model.addAttribute("validation", maintenance.validate(id, user.getName()));
        return one(id, model);
    }

    @PostMapping("/methodologies/{id}/reload")
    String reload(@PathVariable("id") String id, Principal user, RedirectAttributes redirect) {
        MethodologyState state = maintenance.reload(id, user.getName());
        redirect.addFlashAttribute("message", "Reloaded: " + state.status().name().toLowerCase(java.util.Locale.ROOT)
                + (state.lastError().isEmpty() ? "" : " — " + String.join("; ", state.lastError())));
        return "redirect:/methodologies/" + id;
    }
}
