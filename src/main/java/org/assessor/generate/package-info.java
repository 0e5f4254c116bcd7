/** Synthetic, clearly labelled demo input for any methodology, drawn reproducibly from a seed. */
package org.assessor.generate;
