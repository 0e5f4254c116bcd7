package org.assessor;

import java.nio.file.Path;
import java.util.Map;

import org.assessor.methodology.Methodologies;
import org.assessor.methodology.WhatIf;
import org.assessor.rating.RatingService;
import org.assessor.rating.RatingService.Run;
import org.assessor.rules.RuleBase;

/** The project's own methodologies and data, shared by tests so each methodology compiles once per run. */
public final class Projects {
    public static final Path HOME = Path.of("").toAbsolutePath();
    public static final Path PUBLISHED_2003_04 = HOME.resolve("data/star-ratings-2003-04-published.csv");
    public static final RatingService SERVICE = new RatingService(new Methodologies(HOME));

    private Projects() {
    }

    /** A project methodology's compiled rules. */
    public static RuleBase rules(String id) {
        return SERVICE.rules(SERVICE.methodologies().load(id));
    }

    /** Every rating of the input under a project methodology, every period. */
    public static Run rate(String id, Path input) {
        return rate(SERVICE, id, input);
    }

    /** Every rating of the input under a project methodology with parameters changed for this run only. */
    public static Run rate(String id, Path input, Map<String, String> changes) {
        return SERVICE.rate(WhatIf.apply(SERVICE.methodologies().load(id), changes), input, null);
    }

    /** Every rating of the input under one of the service's methodologies, every period. */
    public static Run rate(RatingService service, String id, Path input) {
        return service.rate(service.methodologies().load(id), input, null);
    }
}
