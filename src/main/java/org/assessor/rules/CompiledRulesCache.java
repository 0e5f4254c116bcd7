package org.assessor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.assessor.system.Hashes;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;

/**
 * Compiled rules kept on disk by content hash, so a cold start loads the executable model instead of
 * generating and compiling it again. The key covers the rule files and the fact classes they were
 * compiled against. A cached module is code that will run, so it is trusted no more than fresh DRL: each
 * entry carries an HMAC under a key of this installation (readable by its user only), and is checked again
 * with {@link GeneratedCode} before it is loaded. Anything unreadable, unsigned, signed by another key or
 * refused by the check is simply compiled again; a cache folder or key that others may write is not used.
 */
final class CompiledRulesCache {
    private static final List<String> FACT_CLASSES = List.of("Assessment", "Input", "Param", "Result", "Score");
    private static final String FACT_HASH = factClassesHash();
    private static final String MAC = "HmacSHA256";
    private static final int MAC_BYTES = 32;
    private static final String SUFFIX = ".rules";
    private static final String KEY_FILE = "cache.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

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

    Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /**
     * Adds a cached module to the Kie repository and returns its release id, or null when there is none that
     * may run: missing, damaged, not signed by this installation's key, or refused by {@code allowed}.
     */
    ReleaseId load(String key, Predicate<byte[]> allowed) {
        Path entry = entry(key);
        byte[] secret = secret(false);
        if (secret == null || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            byte[] stored = Files.readAllBytes(entry);
            if (stored.length <= MAC_BYTES) {
                return null;
            }
            byte[] jar = Arrays.copyOfRange(stored, MAC_BYTES, stored.length);
            if (!MessageDigest.isEqual(Arrays.copyOf(stored, MAC_BYTES), mac(secret, key, jar)) || !allowed.test(jar)) {
                return null;
            }
            KieServices ks = KieServices.Factory.get();
            KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(jar));
            return module.getReleaseId();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores a module that passed the checks, signed; a cache that cannot be written only costs the next start a compile. */
    void store(String key, byte[] jar) {
        byte[] secret = secret(true);
        if (secret == null) {
            return;
        }
        try {
            byte[] signed = new byte[MAC_BYTES + jar.length];
            System.arraycopy(mac(secret, key, jar), 0, signed, 0, MAC_BYTES);
            System.arraycopy(jar, 0, signed, MAC_BYTES, jar.length);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            Files.write(tmp, signed);
            Files.move(tmp, entry(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not cached: the next start compiles again
        }
    }

    private static byte[] mac(byte[] secret, String key, byte[] jar) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(secret, MAC));
            mac.update(key.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(jar);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * This installation's key, made on first use (when {@code create}) readable by its user only; null when
     * there is none, or when the key or its folder could be changed by other users.
     */
    private byte[] secret(boolean create) {
        Path keyFile = folder.resolve(KEY_FILE);
        try {
            if (create && !Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS)) {
                createKey(keyFile);
            }
            if (!Files.isRegularFile(keyFile, LinkOption.NOFOLLOW_LINKS) || !keptPrivate(keyFile) || !keptPrivate(folder)) {
                return null;
            }
            byte[] secret = Files.readAllBytes(keyFile);
            return secret.length == MAC_BYTES ? secret : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void createKey(Path keyFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            setPermissions(folder, OWNER_ONLY_FOLDER);
        }
        byte[] secret = new byte[MAC_BYTES];
        new SecureRandom().nextBytes(secret);
        Path tmp = Files.createTempFile(folder, KEY_FILE, ".tmp");
        setPermissions(tmp, OWNER_ONLY);
        Files.write(tmp, secret);
        try {
            Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp); // another process made it first: use theirs
        }
    }

    /** Owned by this user and writable by nobody else; always true where files have no POSIX permissions. */
    private static boolean keptPrivate(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return true;
        }
        var attributes = view.readAttributes();
        boolean othersWrite = attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE);
        boolean othersRead = !Files.isDirectory(path) && (attributes.permissions().contains(PosixFilePermission.GROUP_READ)
                || attributes.permissions().contains(PosixFilePermission.OTHERS_READ));
        return attributes.owner().getName().equals(System.getProperty("user.name")) && !othersWrite && !othersRead;
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static String factClassesHash() {
        MessageDigest digest = Hashes.sha256();
        for (String name : FACT_CLASSES) {
            try (InputStream in = CompiledRulesCache.class.getResourceAsStream("/org/assessor/fact/" + name + ".class")) {
                digest.update(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
            }
        }
        return Hashes.hex(digest);
    }
}
