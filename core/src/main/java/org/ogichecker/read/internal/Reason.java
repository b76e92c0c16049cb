package org.ogichecker.read.internal;

/** Why an input could not be read, in English and in Chinese, with the same numbers in both. */
public record Reason(String en, String zh) {
}
