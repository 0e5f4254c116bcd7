/** Why an assessment got its rating, in words: the steps the engine recorded, rendered as sentences when they are read. */
package org.assessor.explanation;
