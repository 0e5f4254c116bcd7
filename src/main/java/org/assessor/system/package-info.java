/** Cross-cutting pieces: located problems reported to users, hashing, the engine's version. */
package org.assessor.system;
