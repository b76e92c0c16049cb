package org.ogichecker.read.internal;

import org.ogichecker.text.Texts;

/**
 * A paragraph line normalised for matching ({@link Texts#normalize}, trimmed); the original stays in
 * the report's source lines.
 *
 * @param number 1-based source line number
 * @param text   the normalised text
 */
record TextLine(int number, String text) {

    static TextLine of(RawLine l) {
        return new TextLine(l.number(), Texts.normalizeAndStrip(l.text()));
    }
}
