package org.ogichecker.read.internal;

/** A format reader gave up; the reason is shown to the user (the message is its English text). */
public final class UnreadableException extends Exception {
    private final transient Reason reason;

    public UnreadableException(Reason reason) {
        super(reason.en());
        this.reason = reason;
    }

    public UnreadableException(String en, String zh) {
        this(new Reason(en, zh));
    }

    public Reason reason() {
        return reason;
    }
}
