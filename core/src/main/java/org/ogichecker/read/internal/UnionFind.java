package org.ogichecker.read.internal;

import java.util.Arrays;

/**
 * Disjoint sets of {@code 0…n-1} in an array of parents: the cells of a ruled table joined where no rule divides them
 * (PDF rulings, tables drawn in text), and rules joined where they cross.
 */
final class UnionFind {

    private UnionFind() {
    }

    /** {@code n} sets of one element each. */
    static int[] of(int n) {
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        return parent;
    }

    /** The representative of {@code i}'s set (halving the path on the way). */
    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
