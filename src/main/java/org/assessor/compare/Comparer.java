package org.assessor.compare;

import java.nio.file.Path;
import java.util.Map;

import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.rating.RatingService.Run;
import org.assessor.rating.RatingService;

/**
 * Rates one input under two methodologies, or under one methodology and a what-if of it: the changes
 * apply to the second side only, so {@code compare(in, "x", "x", changes)} shows what the changes do.
 */
public final class Comparer {
    private final RatingService service;

    public Comparer(RatingService service) {
        this.service = service;
    }

    public Comparison compare(Path input, String idA, String idB, Map<String, String> changesB) {
        Methodology a = service.methodologies().load(idA);
        Methodology b = WhatIf.apply(service.methodologies().load(idB), changesB);
        Run runA = service.rate(a, input, null);
        Run runB = service.rate(b, input, null);
        return Comparison.of(new Side("A", a, Map.of(), runA.info(), runA.ratings()),
                new Side("B", b, changesB, runB.info(), runB.ratings()));
    }
}
