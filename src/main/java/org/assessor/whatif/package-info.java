/** {@code whatif}: how near each rating is to changing: margins to thresholds, fragile ratings and the smallest change that raises it. */
package org.assessor.whatif;
