/** Why an assessment got its rating, in words: the steps the engine recorded, rendered as sentences when read. */
package org.assessor.explanation;
