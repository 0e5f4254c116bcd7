package org.assessor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.List;

import org.assessor.system.Hashes;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;

/**
 * Compiled rules kept on disk by content hash, so a cold start loads the executable model instead of
 * generating and compiling it again. The key covers the rule files and the fact classes they were
 * compiled against; anything unreadable is simply compiled again.
 */
final class CompiledRulesCache {
    private static final List<String> FACT_CLASSES = List.of("Assessment", "Input", "Param", "Result", "Score");
    private static final String FACT_HASH = factClassesHash();

    private final Path folder;

    CompiledRulesCache(Path folder) {
        this.folder = folder;
    }

    /** The cache folder: {@code assessor.cache} if set, else {@code ~/.cache/assessor/rules}; null disables it. */
    static CompiledRulesCache standard() {
        String configured = System.getProperty("assessor.cache");
        if ("off".equals(configured)) {
            return null;
        }
        Path folder = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "assessor", "rules");
        return new CompiledRulesCache(folder);
    }

    String key(String rulesVersion) {
        MessageDigest digest = Hashes.sha256();
        Hashes.update(digest, "rules", rulesVersion);
        Hashes.update(digest, "facts", FACT_HASH);
        Hashes.update(digest, "drools", KieServices.class.getPackage().getImplementationVersion() + "");
        return Hashes.hex(digest);
    }

    /** Adds a cached module to the Kie repository and returns its release id, or null when there is none. */
    ReleaseId load(String key) {
        Path jar = folder.resolve(key + ".jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try {
            KieServices ks = KieServices.Factory.get();
            KieModule module = ks.getRepository().addKieModule(ks.getResources().newFileSystemResource(jar.toFile()));
            return module.getReleaseId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    void store(String key, byte[] jar) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            Files.write(tmp, jar);
            Files.move(tmp, folder.resolve(key + ".jar"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the next start a compile
        }
    }

    private static String factClassesHash() {
        MessageDigest digest = Hashes.sha256();
        for (String name : FACT_CLASSES) {
            try (InputStream in = CompiledRulesCache.class.getResourceAsStream("/org/assessor/fact/" + name + ".class")) {
                digest.update(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Hashes.hex(digest);
    }
}
