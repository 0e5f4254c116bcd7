package org.assessor.architecture.acyclic.b;

/** Fixture: depends on nothing. */
public final class Invoice {
}
