package org.assessor.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.assessor.rating.Progress;

/**
 * A progress bar on standard error, by megabytes of input read, with the ratings done so far. Shown
 * only on an interactive terminal (or when asked for), so that scripts and logs get no control characters.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final long MB = 1 << 20;
    private ProgressBar bar;
    private long ratings;
    private long bytesRead;

    TerminalProgress(boolean show) {
        if (show) {
            bar = new ProgressBarBuilder().setTaskName("Rating").setUnit(" MB", MB)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void at(long ratings, long bytesRead, long bytes) {
        this.ratings = ratings;
        this.bytesRead = bytesRead;
        if (bar != null && (ratings & 0xFF) == 0) {
            bar.maxHint(bytes).stepTo(bytesRead);
            bar.setExtraMessage(ratings + " rated");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bytesRead).setExtraMessage(ratings + " rated");
            bar.close();
        }
    }
}
