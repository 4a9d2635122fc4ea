package org.rocbap.survey.api.shared;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.rocbap.survey.preference.entity.Languages;

/**
 * The language of the API's messages: the first of the request's {@code Accept-Language} the product
 * speaks, else English (the API's language for callers that ask for none).
 */
public final class RequestLanguage {

    private RequestLanguage() {}

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if (Languages.SUPPORTED.contains(wanted.getLanguage())) {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }
}
