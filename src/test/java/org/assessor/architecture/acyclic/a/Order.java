package org.assessor.architecture.acyclic.a;

import org.assessor.architecture.acyclic.b.Invoice;

/** Fixture: the same two classes with the dependency one way only, which the layering tests accept. */
public final class Order {
    Invoice invoice;
}
