package org.assessor.architecture.cycle.a;

import org.assessor.architecture.cycle.b.Invoice;

/** Fixture: half of a package cycle (a uses b, b uses a), which the layering tests must refuse. */
public final class Order {
    Invoice invoice;
}
