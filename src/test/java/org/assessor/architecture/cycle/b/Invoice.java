package org.assessor.architecture.cycle.b;

import org.assessor.architecture.cycle.a.Order;

/** Fixture: the other half of the package cycle. */
public final class Invoice {
    Order order;
}
