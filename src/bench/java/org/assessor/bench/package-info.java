/** JMH benchmarks of issue 8 and the plain-Java lower bound they compare the engine with; never part of the product. */
package org.assessor.bench;
