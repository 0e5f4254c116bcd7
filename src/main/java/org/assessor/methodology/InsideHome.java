package org.assessor.methodology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Keeps what a methodology is read from inside its home: a symbolic link under {@code rules/} or
 * {@code methodology-configs/} that resolves outside it would let files nobody reviewed with the
 * methodology (another user's, a shared folder's) become its rules or configuration.
 */
public final class InsideHome {
    private InsideHome() {
    }

    /** Throws with the link's place and target unless {@code path} (once every link is resolved) is under {@code home}. */
    public static void require(Path home, Path path) {
        if (!Files.exists(path)) {
            return; // reading it reports that it is missing
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(home.toRealPath())) {
                throw new ProblemException(Problem.error(path.toString(), 0, 0, null, "a symbolic link that leaves the"
                        + " methodology home (it resolves to " + real + "): methodology files must be inside " + home));
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error(path.toString(), 0, 0, null, "cannot resolve: " + e.getMessage()));
        }
    }
}
