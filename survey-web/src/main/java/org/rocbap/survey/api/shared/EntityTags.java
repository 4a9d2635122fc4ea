package org.rocbap.survey.api.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A record's version as the entity tag of {@code ETag} and {@code If-Match}: {@code "3"}. */
public final class EntityTags {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private EntityTags() {}

    /**
     * The version an {@code If-Match} header names, {@code null} without one.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("If-Match must be a version in quotes (\"3\"), not " + ifMatch);
        }
        return Long.valueOf(matcher.group(1));
    }
}
