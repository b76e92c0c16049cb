package org.ogichecker.model;

/** The legal and format regime a report is checked under, selected from its report year. */
public enum Regime {
    /** Report years up to 2018: the 2007 条例 (国务院令第492号), Arts 31–32, and the old statistics table. */
    R2007,
    /** Report years 2019–2020: the 2019 条例 and the trial format of 国办公开办函〔2019〕60号. */
    F2019,
    /** Report years from 2021: the 2019 条例 and the format of 国办公开办函〔2021〕30号. */
    F2021;

    /** The regime that applies by law to a report covering {@code reportYear}. */
    public static Regime forYear(int reportYear) {
        if (reportYear <= 2018) {
            return R2007;
        }
        return reportYear <= 2020 ? F2019 : F2021;
    }
}
