package org.assessor.cli;

import org.assessor.system.EngineVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"assessor " + EngineVersion.get()};
    }
}
