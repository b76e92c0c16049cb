package org.ogichecker.rules.internal;

import org.ogichecker.model.Section;

/**
 * How a report covers one of the six items of Art. 32 of the 2007 条例 (see {@link R2007Items}).
 *
 * @param item     the item number, 1…6
 * @param status   see {@link Status}
 * @param section  the section that decided it (the empty or plans-only heading), or null
 * @param evidence what was looked at, for the finding
 */
public record ItemCoverage(int item, Status status, Section section, String evidence) {

    public enum Status {
        /** A section, a labelled paragraph or a narrative statement reports the item. */
        REPORTED,
        /** Only the statistics table has the item's figures; the narrative is silent. */
        TABLE_ONLY,
        /** The item's heading is there but nothing is under it. */
        EMPTY_HEADING,
        /** Item (五) only: the section gives next year's plans but states no problems. */
        PLANS_ONLY,
        /** Neither a heading, a labelled paragraph, a statement nor the table reports it. */
        MISSING
    }

    /** True when the item counts as not reported (an ERROR under Art. 32). */
    public boolean notReported() {
        return status == Status.EMPTY_HEADING || status == Status.PLANS_ONLY || status == Status.MISSING;
    }

    public boolean tableOnly() {
        return status == Status.TABLE_ONLY;
    }

    /** "第三十二条第（三）项“政府信息公开的收费及减免情况”" */
    public String itemZh() {
        return "第三十二条第（" + R2007Items.NUMERALS.get(item - 1) + "）项“" + R2007Items.NAMES_ZH.get(item - 1) + "”";
    }

    public String itemEn() {
        return "Art. 32 item (" + item + ") (" + R2007Items.NAMES_EN.get(item - 1) + ")";
    }

    /** Why the item counts as not reported, in Chinese. */
    public String reasonZh() {
        return switch (status) {
            case EMPTY_HEADING -> "标题“" + heading() + "”下没有任何内容";
            case PLANS_ONLY -> "“" + heading() + "”只写了下一步工作打算，没有说明存在的问题";
            case MISSING -> "报告中没有相应的部分或段落";
            default -> "";
        };
    }

    /** Why the item counts as not reported, in English. */
    public String reasonEn() {
        return switch (status) {
            case EMPTY_HEADING -> "the heading \"" + heading() + "\" has nothing under it";
            case PLANS_ONLY -> "\"" + heading() + "\" only sets out plans for the coming year and states no problems";
            case MISSING -> "the report has no section or paragraph on it";
            default -> "";
        };
    }

    private String heading() {
        return section == null ? "" : section.number() + (section.level() == 1 ? "、" : "") + section.heading();
    }
}
