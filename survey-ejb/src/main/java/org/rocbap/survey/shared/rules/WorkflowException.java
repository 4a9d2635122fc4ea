package org.rocbap.survey.shared.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that breaks one or more workflow rules. Thrown by the services before anything is
 * written; the transaction rolls back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RuleViolation> violations;

    public WorkflowException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public WorkflowException(RuleViolation violation) {
        this(List.of(violation));
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** Throws if the list is not empty. */
    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new WorkflowException(violations);
        }
    }
}
