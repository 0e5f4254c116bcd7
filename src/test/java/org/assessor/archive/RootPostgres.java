package org.assessor.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * zonky's PostgreSQL binaries run as {@code nobody} (uid 65534, through util-linux's {@code setpriv}),
 * for test runs as root, where zonky's own start fails because initdb refuses root.
 */
final class RootPostgres {
    private static final String NOBODY = "65534";

    private RootPostgres() {
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    static ArchiveLocation start() {
        Path folder = TestPostgres.temporaryFolder("assessor-test-postgres-");
        Path data = folder.resolve("data");
        int port = TestPostgres.freePort();
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            unpackBinaries(folder.resolve("pg"));
            Files.createDirectory(data);
            run(List.of("chown", NOBODY + ":" + NOBODY, data.toString()));
            asNobody(folder, "initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8");
            asNobody(folder, "pg_ctl", "-D", data.toString(), "-l", data.resolve("log").toString(), "-w",
                    "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -F", "start");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL as nobody in " + folder, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(folder, data)));
        return new ArchiveLocation("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null);
    }

    private static void stop(Path folder, Path data) {
        try {
            asNobody(folder, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting; the server's folder is still removed below
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** The binaries zonky would use: a .txz on the test class path from Maven Central. */
    private static void unpackBinaries(Path target) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "arm_64" : "x86_64";
        String name = "/postgres-linux-" + arch + ".txz";
        InputStream txz = EmbeddedPostgres.class.getResourceAsStream(name);
        if (txz == null) {
            throw new IOException("no " + name + " on the class path (io.zonky.test.postgres binaries for this machine)");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                Files.createDirectories(entry.isDirectory() ? file : file.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else if (!entry.isDirectory()) {
                    Files.copy(tar, file);
                    file.toFile().setExecutable((entry.getMode() & 0100) != 0, false);
                }
            }
        }
        run(List.of("chmod", "-R", "a+rX", target.toString()));
    }

    private static void asNobody(Path folder, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--",
                folder.resolve("pg/bin").resolve(program).toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
