package org.ogichecker.output;

/** The language of human-readable output: finding messages and labels. */
public enum Language {
    ZH,
    EN;

    /** The text in this language. */
    <T> T pick(T zh, T en) {
        return this == ZH ? zh : en;
    }
}
