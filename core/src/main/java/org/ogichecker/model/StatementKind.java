package org.ogichecker.model;

/** Kinds of claims recognised in the narrative (see {@link Statement}). */
public enum StatementKind {
    /** N requests for disclosure (政府信息公开申请) received / accepted in the year (收到、受理、新收). */
    APPLICATIONS_RECEIVED,
    /** No request for disclosure was received in the year (value null). */
    NO_APPLICATIONS,
    /** N applications handled / answered (办结、答复). */
    APPLICATIONS_ANSWERED,
    /** No administrative reconsideration and no lawsuit about information disclosure (value null). */
    NO_REVIEW_OR_LITIGATION,
    /** N administrative reconsideration cases (行政复议). */
    REVIEW_CASES,
    /** N administrative lawsuits (行政诉讼). */
    LITIGATION_CASES,
    /** A fee (信息处理费, or under R2007 any disclosure fee) of the given amount was collected. */
    FEE_COLLECTED,
    /** No fee was collected (未收取 / 不收取 …; value null). */
    NO_FEE_COLLECTED,
    /** N items published proactively in total (主动公开政府信息 N 条). */
    ITEMS_PUBLISHED,
    /** N items published on the government website / portal column. */
    ITEMS_WEBSITE,
    /** N items published through 政务微博. */
    ITEMS_WEIBO,
    /** N items published through 政务微信. */
    ITEMS_WECHAT,
    /** N items published in the 政府公报. */
    ITEMS_GAZETTE,
    /** The report announces an attached statistics table (附表 / 统计表 / 附件) (value null). */
    TABLE_ANNOUNCED
}
