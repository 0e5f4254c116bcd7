/** Calculations rules call: rounding, means, rank scores, strict parsing and the likely-range bootstrap, each bounded and tested. */
package org.assessor.calc;
