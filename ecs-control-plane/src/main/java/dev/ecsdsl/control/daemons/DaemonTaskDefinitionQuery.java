package dev.ecsdsl.control.daemons;

import java.util.Optional;

/**
 * The filters of ListDaemonTaskDefinitions (API reference): an exact {@code family}, a {@code familyPrefix}, the
 * status (ACTIVE unless asked otherwise; {@code ALL} is every status but DELETED), only each family's last registered
 * revision, and the order (ascending by family, then revision, unless descending).
 *
 * @param family only this family
 * @param familyPrefix only families that start with this
 * @param status ACTIVE or DELETE_IN_PROGRESS; empty: both ({@code ALL})
 * @param lastRegisteredOnly only each family's last registered revision ({@code revision: LAST_REGISTERED})
 * @param descending the order is reversed ({@code sort: DESC})
 */
public record DaemonTaskDefinitionQuery(Optional<String> family, Optional<String> familyPrefix,
    Optional<DaemonTaskDefinitionStatus> status, boolean lastRegisteredOnly, boolean descending) {

  /** {@return the default query: every ACTIVE revision, ascending} */
  public static DaemonTaskDefinitionQuery active() {
    return new DaemonTaskDefinitionQuery(Optional.empty(), Optional.empty(),
        Optional.of(DaemonTaskDefinitionStatus.ACTIVE), false, false);
  }

  boolean matches(DaemonTaskDefinitionRevision revision) {
    return family.map(revision.family()::equals).orElse(true)
        && familyPrefix.map(revision.family()::startsWith).orElse(true)
        && revision.status() != DaemonTaskDefinitionStatus.DELETED
        && status.map(s -> revision.status() == s).orElse(true);
  }
}
