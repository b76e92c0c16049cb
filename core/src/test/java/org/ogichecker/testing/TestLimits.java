package org.ogichecker.testing;

import java.time.Duration;
import org.ogichecker.read.internal.Limits;

/** Limits for tests that call one format's reader: none a test input could reach, unless the test lowers one. */
public final class TestLimits {

    private TestLimits() {
    }

    /** Every limit out of reach (500 pages, as the reader's default); a minute to read. */
    public static Limits generous() {
        return withMaxChars(Long.MAX_VALUE);
    }

    /** {@link #generous}, but at most {@code maxChars} characters of text. */
    public static Limits withMaxChars(long maxChars) {
        return new Limits(Long.MAX_VALUE, 500, maxChars, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
                Duration.ofMinutes(1));
    }
}
