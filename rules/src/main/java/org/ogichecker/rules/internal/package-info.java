/**
 * The helpers that the rule packs call from their conditions and consequences; not part of the API.
 *
 * <p>What runs on every check uses loops rather than stream pipelines: a pipeline makes several calls per element
 * that the JIT cannot inline, and in a full check, where reading and checking alternate, such code costs about
 * twice what it costs alone (README, "Performance", "Where the alternation goes").
 */
package org.ogichecker.rules.internal;
