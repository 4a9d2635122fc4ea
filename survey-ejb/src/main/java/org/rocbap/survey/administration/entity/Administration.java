package org.rocbap.survey.administration.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member customs administration of the WCO Asia/Pacific region, identified by its ISO 3166-1
 * alpha-3 code.
 *
 * <p>Reference data: the 33 administrations are loaded by a migration and change only by a new
 * migration, which is why they may live in the shared cache.
 */
@Entity
@Cacheable
@NamedQuery(name = Administration.FIND_ALL, query = "SELECT a FROM Administration a ORDER BY a.name")
public class Administration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Administration.findAll";

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "closed_days", nullable = false)
    private String closedDays;

    @Version
    private long version;

    protected Administration() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Where its offices are: mail to its people goes out in their working hours. */
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** The days its offices are closed (its weekend). */
    public Set<DayOfWeek> getClosedDays() {
        return Arrays.stream(closedDays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
