package org.ogichecker.read.internal;

import java.util.function.Function;

/**
 * Tells a library's failure on a bad file (the file is damaged) from a bug in this project's code,
 * which must still give an unreadable result rather than an exception, but never pass for a damaged
 * file: fuzzing looks for its reason.
 */
public final class ReadFailures {

    /** How every internal failure's English reason starts (the fuzz tests reject it). */
    public static final String INTERNAL = "the reader failed";

    /** How the reason starts when reading ran out of memory ({@link #outOfMemory}). */
    public static final String OUT_OF_MEMORY = "there was not enough memory to read the input";

    private ReadFailures() {
    }

    /**
     * The reason when reading ran out of memory: not a bug, and not the file's fault alone, since the heap is shared
     * with whatever else the program holds at the time.
     */
    public static Reason outOfMemory(OutOfMemoryError e) {
        return new Reason(OUT_OF_MEMORY + " (" + e + "); run Java with more memory (-Xmx) or lower the size limit",
                "内存不足，无法读取输入（" + e + "）；请为 Java 分配更多内存（-Xmx）或降低大小上限");
    }

    /** The reason for an exception from this project's own code (or one no reader caught). */
    public static Reason internal(Throwable e) {
        return new Reason(INTERNAL + " (internal error while reading): " + e, "读取时发生内部错误：" + e);
    }

    /**
     * The unreadable reason for a failure while a library read the file: an internal error when it came
     * from this project's code, else what {@code damaged} says of the file.
     */
    public static UnreadableException classify(Exception e, Function<Exception, UnreadableException> damaged) {
        return e instanceof RuntimeException && isOurs(e) ? new UnreadableException(internal(e)) : damaged.apply(e);
    }

    /**
     * Whether {@code e} was thrown by this project's code: the innermost frame outside the JDK is
     * ours. An exception without a stack trace (the JVM omits it for some hot implicit exceptions)
     * cannot be placed and counts as the library's.
     */
    public static boolean isOurs(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun."))) {
                return c.startsWith("org.ogichecker.");
            }
        }
        return false;
    }
}
