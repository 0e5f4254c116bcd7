/** Calculations rules call: rounding, rank scores, strict parsing and the likely-range bootstrap, bounded and tested. */
package org.assessor.calc;
