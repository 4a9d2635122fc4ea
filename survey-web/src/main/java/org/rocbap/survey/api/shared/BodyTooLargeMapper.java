package org.rocbap.survey.api.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.web.shared.LimitedBody;
import org.rocbap.survey.web.shared.Problem;
import org.rocbap.survey.web.shared.RequestSizeLimit;

/**
 * A body sent in chunks that grew past the limit while it was read (RequestSizeLimit counts it, as its
 * length was not announced): 413, as for a body whose announced length is too large.
 */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<LimitedBody.TooLarge> {

    @Override
    public Response toResponse(LimitedBody.TooLarge e) {
        return tooLarge();
    }

    static Response tooLarge() {
        return Problem.response(
                Problem.PAYLOAD_TOO_LARGE, RequestSizeLimit.TOO_LARGE, RequestSizeLimit.tooLargeDetail(), List.of());
    }

    /** Whether a failure comes from a body cut off at the limit, however the reader wrapped it. */
    static boolean cutOff(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge) {
                return true;
            }
        }
        return false;
    }
}
