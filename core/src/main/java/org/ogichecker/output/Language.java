package org.ogichecker.output;

/** The language of human-readable output: finding messages and labels. */
public enum Language {
    ZH,
    EN;

    /** The text in this language. */
    String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
