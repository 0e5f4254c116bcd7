/** {@code verify}: everything an input file publishes recomputed, each discrepancy with the published and computed values. */
package org.assessor.verification;
