package org.ogichecker.model;

/** Kinds of qualitative statements recognised in the narrative. */
public enum StatementKind {
    /** No request for disclosure (政府信息公开申请) was received in the year. */
    NO_APPLICATIONS,
    /** No administrative reconsideration or lawsuit about information disclosure in the year. */
    NO_REVIEW_OR_LITIGATION,
    /** No 信息处理费 (or no fee) was collected. */
    NO_FEE_COLLECTED,
    /** The report announces an attached statistics table (附表 / 统计表). */
    TABLE_ANNOUNCED
}
