package dev.ecsdsl.control.daemons;

import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.DaemonTaskDefinition;
import dev.ecsdsl.runtime.EcsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every daemon task definition revision (RegisterDaemonTaskDefinition), by family, in registration order. The only
 * writer of the revisions' status.
 */
public final class DaemonTaskDefinitions {
  private final Map<String, List<DaemonTaskDefinitionRevision>> families = new LinkedHashMap<>();
  private AccountArns arns;

  /**
   * Deploys: ARNs name this account and region, and the description's daemon task definitions are each its
   * family's next revision.
   *
   * @param accountArns the account's ARNs
   * @param definitions the description's daemon task definitions
   * @param now when they are registered
   */
  public void deploy(AccountArns accountArns, List<DaemonTaskDefinition> definitions, Instant now) {
    this.arns = accountArns;
    definitions.forEach(d -> register(d, now, "arn:aws:iam::" + accountArns.accountId() + ":root"));
  }

  /**
   * Registers the family's next revision, ACTIVE.
   *
   * @param definition the definition
   * @param now when
   * @param registeredBy the principal that registers it
   * @return the new revision
   */
  public DaemonTaskDefinitionRevision register(DaemonTaskDefinition definition, Instant now, String registeredBy) {
    List<DaemonTaskDefinitionRevision> revisions = families.computeIfAbsent(definition.family(),
        f -> new ArrayList<>());
    int revision = revisions.size() + 1;
    DaemonTaskDefinitionRevision registered = new DaemonTaskDefinitionRevision(
        arns.daemonTaskDefinition(definition.family(), revision), revision, definition,
        DaemonTaskDefinitionStatus.ACTIVE, now, registeredBy, Optional.empty());
    revisions.add(registered);
    return registered;
  }

  /**
   * {@return the revision a reference names, if any}
   *
   * @param reference an ARN, {@code family:revision}, or a family (its last ACTIVE revision)
   */
  public Optional<DaemonTaskDefinitionRevision> find(String reference) {
    String name = Arns.isArn(reference) ? reference.substring(reference.indexOf('/') + 1) : reference;
    if (Arns.isArn(reference) && !reference.contains(":daemon-task-definition/")) {
      return Optional.empty();
    }
    int colon = name.lastIndexOf(':');
    if (colon < 0) {
      List<DaemonTaskDefinitionRevision> revisions = families.getOrDefault(name, List.of());
      for (int i = revisions.size() - 1; i >= 0; i--) {
        if (revisions.get(i).status() == DaemonTaskDefinitionStatus.ACTIVE) {
          return Optional.of(revisions.get(i));
        }
      }
      return Optional.empty();
    }
    int revision;
    try {
      revision = Integer.parseInt(name.substring(colon + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<DaemonTaskDefinitionRevision> revisions = families.getOrDefault(name.substring(0, colon), List.of());
    return revision >= 1 && revision <= revisions.size() ? Optional.of(revisions.get(revision - 1))
        : Optional.empty();
  }

  /**
   * {@return the revision a reference names}
   *
   * @param reference an ARN, {@code family:revision}, or a family (its last ACTIVE revision)
   * @throws EcsException ClientException when there is none
   */
  public DaemonTaskDefinitionRevision require(String reference) {
    return find(reference).orElseThrow(() -> EcsException.client("Unable to describe daemon task definition "
        + reference + ". The daemon task definition does not exist."));
  }

  /**
   * DeleteDaemonTaskDefinition: an ACTIVE revision becomes DELETE_IN_PROGRESS.
   *
   * @param reference an ARN or {@code family:revision}
   * @param now when
   * @return the revision, now DELETE_IN_PROGRESS
   * @throws EcsException ClientException when there is no such revision or it is not ACTIVE
   */
  public DaemonTaskDefinitionRevision delete(String reference, Instant now) {
    DaemonTaskDefinitionRevision revision = require(reference);
    if (revision.status() != DaemonTaskDefinitionStatus.ACTIVE) {
      throw EcsException.client("The daemon task definition " + revision.daemonTaskDefinitionArn() + " is "
          + revision.status() + "; a daemon task definition must be ACTIVE to be deleted.");
    }
    DaemonTaskDefinitionRevision deleting = revision.deleting(now);
    families.get(revision.family()).set(revision.revision() - 1, deleting);
    return deleting;
  }

  /**
   * {@return the revisions the query selects, in its order}
   *
   * @param query the filters and order
   */
  public List<DaemonTaskDefinitionRevision> list(DaemonTaskDefinitionQuery query) {
    List<DaemonTaskDefinitionRevision> result = new ArrayList<>();
    for (List<DaemonTaskDefinitionRevision> revisions : families.values()) {
      List<DaemonTaskDefinitionRevision> matching = revisions.stream().filter(query::matches).toList();
      if (query.lastRegisteredOnly() && !matching.isEmpty()) {
        result.add(matching.get(matching.size() - 1));
      } else if (!query.lastRegisteredOnly()) {
        result.addAll(matching);
      }
    }
    result.sort(Comparator.comparing(DaemonTaskDefinitionRevision::family)
        .thenComparingInt(DaemonTaskDefinitionRevision::revision));
    if (query.descending()) {
      Collections.reverse(result);
    }
    return result;
  }
}
