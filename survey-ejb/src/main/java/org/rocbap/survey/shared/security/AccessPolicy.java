package org.rocbap.survey.shared.security;

import org.rocbap.survey.shared.rules.NotFoundException;

/**
 * Who may read or change which administration's follow-up. The one place this is decided; every
 * service calls it with the administration of the data it is about to touch.
 *
 * <ul>
 *   <li>focal point: reads and edits their own administration's records;
 *   <li>manager: reads their own administration's records and acknowledges its mission reports;
 *   <li>ROCB A/P staff: reads and edits every administration's records, runs workshops;
 *   <li>head of the ROCB A/P: reads every administration's records.
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static boolean mayRead(Caller caller, String administration) {
        return caller.seesAllAdministrations()
                || (ownAdministration(caller, administration)
                        && (caller.hasRole(Roles.FOCAL_POINT) || caller.hasRole(Roles.MANAGER)));
    }

    public static boolean mayEdit(Caller caller, String administration) {
        return caller.hasRole(Roles.ROCB_STAFF)
                || (caller.hasRole(Roles.FOCAL_POINT) && ownAdministration(caller, administration));
    }

    public static boolean mayAcknowledge(Caller caller, String administration) {
        return caller.hasRole(Roles.MANAGER) && ownAdministration(caller, administration);
    }

    public static boolean mayManageWorkshops(Caller caller) {
        return caller.hasRole(Roles.ROCB_STAFF);
    }

    public static void requireRead(Caller caller, String administration) {
        if (!mayRead(caller, administration)) {
            throw refused(caller, "read", administration);
        }
    }

    /**
     * For a record named by its id: one the caller may not read is answered exactly as one that does
     * not exist, so that sequential ids cannot be probed for another administration's records.
     *
     * @throws NotFoundException if the caller may not read the record's administration
     */
    public static void requireVisible(Caller caller, String administration, String what, Object id) {
        if (!mayRead(caller, administration)) {
            throw new HiddenRecordException(what, id);
        }
    }

    public static void requireEdit(Caller caller, String administration) {
        if (!mayEdit(caller, administration)) {
            throw refused(caller, "change", administration);
        }
    }

    public static void requireAcknowledge(Caller caller, String administration) {
        if (!mayAcknowledge(caller, administration)) {
            throw new AccessRefusedException(
                    "Only a manager of " + administration + " may acknowledge that administration's mission reports.");
        }
    }

    public static void requireWorkshopManagement(Caller caller) {
        if (!mayManageWorkshops(caller)) {
            throw new AccessRefusedException("Only ROCB A/P staff may manage workshops and their participants.");
        }
    }

    private static boolean ownAdministration(Caller caller, String administration) {
        return administration != null && administration.equals(caller.administration());
    }

    private static AccessRefusedException refused(Caller caller, String what, String administration) {
        return new AccessRefusedException(
                "User " + caller.username() + " may not " + what + " the follow-up records of " + administration + ".");
    }
}
