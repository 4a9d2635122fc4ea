package org.rocbap.survey.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.rocbap.survey.api.shared.NullableProperties;
import org.rocbap.survey.api.shared.ProblemResponses;

/**
 * What the build's document generator ({@code smallrye-open-api-maven-plugin}'s {@code filter}) adds to
 * what it read from the resources: the error answers ({@link ProblemResponses}) and which properties
 * may be null ({@link NullableProperties}).
 */
public class ApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ProblemResponses.addTo(document);
        NullableProperties.declareIn(document, new SurveyApi().getClasses());
    }
}
