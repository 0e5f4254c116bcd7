package org.assessor.serving;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.assessor.methodology.Methodologies;
import org.assessor.system.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches {@code rules/} (with every folder below it, new ones included) and {@code methodology-configs/}.
 * A change is mapped to its methodology and those that extend it; once a methodology's files have been
 * quiet for {@code assessor.reload.debounce} (500 ms by default) it is rebuilt on the single reload thread.
 * Starts before the web server: folders are watched first, then every methodology is loaded, so a change
 * made while loading is not lost.
 */
@Component
final class MethodologyWatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(MethodologyWatcher.class);

    private final Methodologies methodologies;
    private final MethodologyRegistry registry;
    private final ChangedPaths paths;
    private final Extensions extensions;
    private final Duration debounce;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private WatchService watchService;
    private Debouncer debouncer;
    private volatile boolean running;

    MethodologyWatcher(Methodologies methodologies, MethodologyRegistry registry,
                       @Value("${assessor.reload.debounce:500ms}") Duration debounce) {
        this.methodologies = methodologies;
        this.registry = registry;
        this.paths = new ChangedPaths(methodologies.home());
        this.extensions = new Extensions(paths.configs());
        this.debounce = debounce;
    }

    @Override
    public void start() {
        try {
            watchService = methodologies.home().getFileSystem().newWatchService();
            watchTree(paths.rules());
            watch(paths.configs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + methodologies.home(), e);
        }
        debouncer = new Debouncer(debounce, "assessor-reload", registry::rebuild);
        registry.loadAll();
        Thread thread = new Thread(this::watchLoop, "assessor-watch");
        thread.setDaemon(true);
        thread.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.warn("Closing the file watcher failed", e);
        }
        debouncer.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts in a later phase), so requests find the methodologies loaded. */
    @Override
    public int getPhase() {
        return 0;
    }

    private void watchLoop() {
        while (true) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || folder == null) {
                    everyMethodology().forEach(debouncer::event);
                } else {
                    changed(folder.resolve((Path) event.context()), event.kind() == ENTRY_CREATE);
                }
            }
            if (!key.reset()) {
                folders.remove(key);
            }
        }
    }

    private void changed(Path path, boolean created) {
        if (created && path.startsWith(paths.rules()) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try {
                watchTree(path);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Cannot watch new folder {}: {}", path, e.getMessage());
            }
        }
        paths.methodologyOf(path).ifPresent(id -> extensions.affectedBy(id).forEach(debouncer::event));
    }

    /** After lost events: everything known or on disk. */
    private TreeSet<String> everyMethodology() {
        TreeSet<String> ids = new TreeSet<>(registry.ids());
        try {
            ids.addAll(methodologies.ids());
        } catch (ProblemException e) {
            LOG.warn("Cannot list methodologies: {}", e.getMessage());
        }
        return ids;
    }

    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            LOG.warn("{} does not exist; changes in it are not watched", root);
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                watch(folder);
            }
        }
    }

    private void watch(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            folders.put(folder.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } else {
            LOG.warn("{} does not exist; changes in it are not watched", folder);
        }
    }
}
