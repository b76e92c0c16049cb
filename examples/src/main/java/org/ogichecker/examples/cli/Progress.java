package org.ogichecker.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr ({@code [####....] 37/120 hongze-2024.pdf}), redrawn in place.
 * Off unless stderr is a terminal, so that logs and redirected output stay clean.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private int done;
    private int drawn;

    Progress(PrintWriter err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    /** On when stderr is an interactive terminal and the user did not ask for quiet. */
    static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null;
    }

    /** One more input is done. */
    void step(Path file) {
        done++;
        if (!on) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + file.getFileName();
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    /** Clears the bar, so that what follows on the terminal starts on a clean line. */
    void clear() {
        if (on && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
        }
    }
}
