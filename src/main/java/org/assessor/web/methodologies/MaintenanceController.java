package org.assessor.web.methodologies;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import org.assessor.web.system.VersionHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Validating and reloading a methodology (the methodology role). */
@RestController
@RequestMapping("/api/methodologies")
final class MaintenanceController {
    private final Maintenance maintenance;

    MaintenanceController(Maintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Operation(summary = "Validate the methodology's files as they are now: schema, consistency, allow-list, compile, cases (methodology)")
    @PostMapping("/{id}/validation")
    ResponseEntity<ValidationView> validate(@PathVariable("id") String id, Principal user) {
        ValidationView validation = maintenance.validate(id, user.getName());
        return VersionHeader.ok(String.valueOf(validation.version()), validation);
    }

    @Operation(summary = "Rebuild the methodology from its files now and serve it if it passes (methodology)")
    @PostMapping("/{id}/reload")
    MethodologyView reload(@PathVariable("id") String id, Principal user) {
        return MethodologyView.of(maintenance.reload(id, user.getName()));
    }
}
