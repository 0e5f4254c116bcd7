/** Self-declaration against inspection: which inspected trusts are rated differently than their declarations alone would give. */
package org.assessor.inspection;
