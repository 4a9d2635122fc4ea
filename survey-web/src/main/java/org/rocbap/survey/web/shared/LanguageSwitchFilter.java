package org.rocbap.survey.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch on every page is a plain link to the same page with {@code lang=fr} (or
 * {@code en}): before the page is built, the choice is remembered, so the page comes back in that
 * language with its own parameters, and every later page too.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageView language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = request.getParameter("lang");
        if (asked != null && "GET".equals(request.getMethod()) && request.getUserPrincipal() != null) {
            language.choose(asked);
        }
        chain.doFilter(request, response);
    }
}
