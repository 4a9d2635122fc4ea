package org.rocbap.survey.shared.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a list and the size of the whole list.
 *
 * @param items the rows of the slice, in the list's order
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <V> Page<V> map(Function<T, V> view) {
        return new Page<>(items.stream().map(view).toList(), total);
    }
}
