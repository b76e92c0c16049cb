package org.ogichecker.layout;

import java.util.List;

/**
 * A value column of a table layout.
 *
 * @param key      stable key, used in findings and by the rules
 * @param label    the label as printed in the official format
 * @param variants other accepted labels (normalised by {@link Labels#key})
 * @param kind     what the cells must hold
 */
public record ColumnDef(String key, String label, List<String> variants, ValueKind kind) {
    public ColumnDef {
        variants = List.copyOf(variants);
    }
}
