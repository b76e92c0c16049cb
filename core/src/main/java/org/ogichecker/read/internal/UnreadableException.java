package org.ogichecker.read.internal;

/** A format reader gave up; the message is the reason shown to the user. */
public final class UnreadableException extends Exception {
    public UnreadableException(String reason) {
        super(reason);
    }
}
