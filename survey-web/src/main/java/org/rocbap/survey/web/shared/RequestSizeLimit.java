package org.rocbap.survey.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Bodies no larger than what they carry: WildFly takes up to 64 MB for the few requests that bring a
 * document or a workbook, and this refuses anything else over 2 MB before a byte of it is read, so
 * that a form post or an API call cannot make the server hold tens of megabytes. Uploads from the
 * pages (multipart) keep WildFly's limit; the round import (32 MB) and a mission report sent through
 * the API (its document's limit, {@code DocumentSizeFilter}) are refused by their own resources,
 * whose answers name their limits.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final long DEFAULT_LIMIT = 2L * 1024 * 1024;

    public static final String TOO_LARGE = "Request too large";

    /** The requests whose own resource refuses a body over its limit, naming that limit. */
    private static final Pattern OWN_LIMIT =
            Pattern.compile("/api/v1/(rounds/import|participants/[^/]+/mission-report)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limit(path, request.getContentType());
        if (length > limit) {
            refuse(path, response);
            return;
        }
        // A body sent in chunks announces no length: it is counted as it is read and cut off at the limit
        // (LimitedBody.TooLarge, answered 413 by the API's mappers).
        chain.doFilter(length < 0 && limit != Long.MAX_VALUE ? new LimitedBody(request, limit) : request, response);
    }

    /** What a client is told when its body is over the general limit. */
    public static String tooLargeDetail() {
        return "The request is larger than " + DEFAULT_LIMIT / 1024 / 1024
                + " MB; only documents and round imports may be larger.";
    }

    static long limit(String path, String contentType) {
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            return Long.MAX_VALUE;
        }
        return OWN_LIMIT.matcher(path).matches() ? Long.MAX_VALUE : DEFAULT_LIMIT;
    }

    private static void refuse(String path, HttpServletResponse response) throws IOException {
        // WildFly discards the unread rest of the body; nothing of it is kept in memory.
        if (path.startsWith("/api/")) {
            Problem.write(response, Problem.PAYLOAD_TOO_LARGE, TOO_LARGE, tooLargeDetail());
        } else {
            response.sendError(413);
        }
    }
}
