package org.rocbap.survey.publication.entity;

/**
 * The parts of the Good Practice Report, in print order. The head writes a text for each; the
 * chapters between foreword and conclusions also carry their table and the quoted examples.
 */
public enum ReportPart {
    FOREWORD(0),
    REPLY_RATE(1),
    FOLLOW_UP(2),
    DIRECT_EFFECTS(3),
    EFFICIENCY(4),
    MODERNIZATION(5),
    CONCLUSIONS(0);

    private final int table;

    ReportPart(int table) {
        this.table = table;
    }

    /** The number of the part's table (1-5), 0 for the foreword and the conclusions. */
    public int table() {
        return table;
    }

    public boolean isChapter() {
        return table > 0;
    }
}
