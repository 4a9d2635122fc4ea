package org.rocbap.survey.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * Pages a list answer with {@code ?offset=0&limit=100}: the body is the page, the header
 * {@code X-Total-Count} the size of the whole list.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    public static <T, V> Response page(List<T> all, Integer offset, Integer limit, Function<T, V> view) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0 || size < 1 || size > MAX_LIMIT) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Bad paging",
                    "offset must be 0 or more and limit between 1 and " + MAX_LIMIT + ".",
                    List.of(new Problem.Error("", "offset=" + from + ", limit=" + size))));
        }
        List<V> page = all.stream().skip(from).limit(size).map(view).toList();
        return Response.ok(page).header("X-Total-Count", all.size()).build();
    }
}
