package org.rocbap.survey.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries: no page may be framed by another site (the Acknowledge and
 * Submit buttons must not be clickjacked), no answer sniffed into another type, no address (a
 * personal link carries its token) sent on as a referrer, and nothing with answers in it kept in a
 * browser's or proxy's cache. Only the static resources, which hold no one's data, may be cached.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String KEPT_A_YEAR = "public, max-age=31536000, immutable";

    /** The answer of a versioned resource, whose caching the resource handlers may not shorten. */
    private static final class KeptAYear extends HttpServletResponseWrapper {

        KeptAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        } else if (request.getParameter(VersionedResources.VERSION) != null) {
            // Its address changes with its content (VersionedResources): kept a year, never asked again.
            response.setHeader("Cache-Control", KEPT_A_YEAR);
            chain.doFilter(request, new KeptAYear(response));
            return;
        }
        chain.doFilter(request, response);
    }
}
