package org.rocbap.survey.shared.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Supplier;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * Which part of a list to read: the database returns only those rows ({@code OFFSET}/{@code LIMIT}),
 * never a whole table to be cut in memory.
 */
public record Slice(int offset, int limit) {

    /** Everything, for the pages that still show a whole list. */
    public static final Slice ALL = new Slice(0, Integer.MAX_VALUE);

    public Slice {
        Invariant.require(offset >= 0 && limit > 0, "a slice starts at 0 or later and holds at least one row");
    }

    /**
     * Reads the slice; {@code count} runs only when the slice does not already show the whole list
     * (a first page shorter than the limit is the whole list).
     */
    public <T> Page<T> read(TypedQuery<T> items, Supplier<Long> count) {
        List<T> rows = items.setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = offset == 0 && rows.size() < limit ? rows.size() : count.get();
        return new Page<>(rows, total);
    }
}
