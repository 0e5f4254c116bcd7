package org.assessor.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form, and the start page: the runs. */
@Controller
final class SignInController {

    /** {@code ?throttled=N}: sign-in was refused unheard, for N more seconds, after too many failures. */
    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("[0-9]{1,6}")) {
            model.addAttribute("retryAfter", Integer.parseInt(throttled));
        }
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }
}
