package org.rocbap.survey.shared.persistence;

import jakarta.persistence.EntityManager;
import org.rocbap.survey.shared.rules.NotFoundException;

/** Loading a record a request names by its id. */
public final class Records {

    private Records() {}

    /**
     * The record of that type and id.
     *
     * @param what the record's name in words, for the message
     * @throws NotFoundException if there is none (or no id was given)
     */
    public static <T> T existing(EntityManager em, Class<T> type, Object id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}
