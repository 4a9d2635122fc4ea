package org.rocbap.survey.shared.rules;

/**
 * The entities' backstop: a service checks the rules first and reports each broken one to the user;
 * an entity still refuses to enter a state its own invariants exclude, so that a caller who forgot a
 * check fails loudly instead of storing nonsense.
 */
public final class Invariant {

    private Invariant() {}

    /** @throws IllegalArgumentException saying {@code what} must hold, if it does not */
    public static void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalArgumentException("Invariant broken: " + what);
        }
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
