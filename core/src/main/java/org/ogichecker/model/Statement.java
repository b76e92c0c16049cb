package org.ogichecker.model;

/**
 * A qualitative statement the reader recognised in the narrative, such as "no application was
 * received" (kind {@code NO_APPLICATIONS}). Rules compare these with the tables.
 *
 * @param kind     what is stated; see {@link StatementKind}
 * @param evidence the clause that states it (normalised)
 * @param section  index of the section it is in, -1 before the first heading
 * @param line     source line
 */
public record Statement(StatementKind kind, String evidence, int section, int line) {
}
