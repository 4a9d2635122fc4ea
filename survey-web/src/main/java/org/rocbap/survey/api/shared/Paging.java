package org.rocbap.survey.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.web.shared.Problem;

/**
 * Pages a list answer with {@code ?offset=0&limit=100}: the services read only that slice from the
 * database; the body is the slice, the header {@code X-Total-Count} the size of the whole list.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    /** The slice the query parameters ask for. */
    public static Slice slice(Integer offset, Integer limit) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0 || size < 1 || size > MAX_LIMIT) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Bad paging",
                    "offset must be 0 or more and limit between 1 and " + MAX_LIMIT + ".",
                    List.of(new Problem.Error("", "offset=" + from + ", limit=" + size))));
        }
        return new Slice(from, size);
    }

    public static <T, V> Response page(Page<T> page, Function<T, V> view) {
        return Response.ok(page.map(view).items())
                .header("X-Total-Count", page.total())
                .build();
    }
}
