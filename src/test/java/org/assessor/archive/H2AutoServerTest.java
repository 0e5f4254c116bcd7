package org.assessor.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.assessor.web.system.H2Loopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The TCP server H2 starts for an archive opened with AUTO_SERVER listens on loopback only, and a second
 * process still reaches the archive through it. What proves it is the socket itself: the kernel's table
 * of listening sockets (Linux's /proc/net/tcp and tcp6) shows the port bound to 127.0.0.1 alone, and a
 * connection to the port at each of the machine's other addresses is refused. The server address in the
 * .lock.db file proves nothing by itself: H2 writes the host name's address there, which on many machines
 * is 127.0.0.1 whatever the server listens on. H2 reads its bind address once per JVM, so in a test run
 * this shows the setting of whichever code first used H2: every way into H2 here sets it first.
 */
class H2AutoServerTest {
    private static final String LISTEN = "0A";

    @TempDir
    Path temp;
    ArchiveLocation location;

    @AfterEach
    void closeTheArchive() throws Exception {
        if (location == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(location.url(), location.connectionProperties());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void theAutoServerListensOnLoopbackOnly() throws Exception {
        location = ArchiveLocation.h2(temp);
        Archives.open(location); // the first process to open the file starts the server

        int port = serverPort();
        assumeThat(Path.of("/proc/net/tcp")).as("the kernel's socket table (Linux)").exists();
        assertThat(listeningAddresses(port)).containsExactly(InetAddress.getByName("127.0.0.1"));
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        for (InetAddress other : otherAddresses()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other, port), 2000);
                }
            }).as("a connection to %s:%d", other, port).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aSecondProcessOpensTheArchiveThroughTheLoopbackServer() throws Exception {
        location = ArchiveLocation.h2(temp);
        Archives.open(location).audit().record("first-process", "open", null, "ok");

        Path shell = Path.of(Class.forName("org.h2.tools.Shell").getProtectionDomain().getCodeSource().getLocation().toURI());
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", shell.toString(), "org.h2.tools.Shell", "-url", location.url(), "-user", location.user(), "-password", "",
                "-sql", "SELECT user_name FROM audit_entry").redirectErrorStream(true).start();
        String output = read(second.getInputStream());

        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("first-process");
    }

    @Test
    void everySpringApplicationBindsH2ToLoopbackAsItStarts() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .anyMatch(H2Loopback.class::isInstance);
    }

    @Test
    void aBindAddressSetOnTheCommandLineIsKept() {
        String before = System.getProperty(H2AutoServer.BIND_ADDRESS);
        try {
            System.setProperty(H2AutoServer.BIND_ADDRESS, "192.0.2.7");
            H2AutoServer.loopbackOnly();
            assertThat(System.getProperty(H2AutoServer.BIND_ADDRESS)).isEqualTo("192.0.2.7");
        } finally {
            if (before == null) {
                System.clearProperty(H2AutoServer.BIND_ADDRESS);
            } else {
                System.setProperty(H2AutoServer.BIND_ADDRESS, before);
            }
        }
    }

    /** The port the lock file names (H2 writes {@code server=ADDRESS:PORT} once its server is up). */
    private int serverPort() throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(temp.resolve("assessor.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("the lock file's server address").isNotNull();
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    /** Every address a socket listens on at {@code port}, IPv4 and IPv6, from the kernel's tables. */
    private static List<InetAddress> listeningAddresses(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (fields[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** The kernel writes an address as 32-bit words in the machine's byte order (little-endian on x86 and ARM). */
    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        return InetAddress.getByAddress(bytes); // an IPv4-mapped IPv6 address comes back as IPv4
    }

    /** The machine's addresses other than loopback (and link-local IPv6, which needs an interface to reach). */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface face : NetworkInterface.networkInterfaces().toList()) {
            if (face.isUp() && !face.isLoopback()) {
                face.inetAddresses().filter(a -> !(a instanceof Inet6Address && a.isLinkLocalAddress())).forEach(others::add);
            }
        }
        return others;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
