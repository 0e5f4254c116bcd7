package org.assessor.archive;

/**
 * The TCP server H2 starts for an archive file opened with {@code AUTO_SERVER=TRUE}, through which a
 * second process (the CLI while the web application runs) opens the same file, listens on loopback only.
 * H2 starts it with {@code -tcpAllowOthers} on every interface unless the JVM-wide system property
 * {@code h2.bindAddress} names one, and reads that property once, when it is first used; so it is set here
 * before the first connection: by {@link Archives#open} for the CLI and, for a Spring application, as it
 * starts ({@code org.assessor.web.system.H2Loopback}). Every process that opens the file runs on the
 * machine that holds it. A bind address set on the command line ({@code -Dh2.bindAddress=...}) is kept.
 */
public final class H2AutoServer {
    static final String BIND_ADDRESS = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private H2AutoServer() {
    }

    /** Binds H2's servers to loopback unless a bind address is set already. */
    public static void loopbackOnly() {
        String set = System.getProperty(BIND_ADDRESS);
        if (set == null || set.isBlank()) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
    }
}
