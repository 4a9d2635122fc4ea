package org.rocbap.survey.signin.entity;

import jakarta.ejb.ApplicationException;

/** A back-channel logout request whose token the application does not accept; nothing has changed. */
@ApplicationException
public class InvalidLogoutTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidLogoutTokenException(String reason) {
        super(reason);
    }
}
