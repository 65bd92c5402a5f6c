package vn.dondoc.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.tabular.ImportRejected;
import vn.dondoc.platform.tabular.Table;
import vn.dondoc.platform.tabular.TabularFormatException;
import vn.dondoc.platform.tabular.TabularReader;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.Rejected;

/**
 * Imports one usage file as a snapshot of an organisation's subtree. The whole file is read and
 * checked first; with any error nothing is written, otherwise the snapshot and all its rows go in
 * one transaction, with the review of an app snapshot by the party-building staff of its scope and
 * the support pairs whose members it shows accessing since.
 */
@Service
class UsageImporter {

  private final Map<SnapshotKind, TabularReader> readers = Map.of(
      SnapshotKind.APP_MEMBERS, new TabularReader(SnapshotKind.APP_MEMBERS.columns()),
      SnapshotKind.APP_ORGANIZATIONS, new TabularReader(SnapshotKind.APP_ORGANIZATIONS.columns()),
      SnapshotKind.MEMBER_DATABASE, new TabularReader(SnapshotKind.MEMBER_DATABASE.columns()));
  private final UsageRepository repository;
  private final OrganizationRepository organizations;
  private final MemberKeys keys;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final UsageRemediation remediation;
  private final UsageReviewProcess review;
  private final UsageSupport support;

  UsageImporter(UsageRepository repository, OrganizationRepository organizations, MemberKeys keys,
      TransactionTemplate transaction, Clock clock, UsageRemediation remediation, UsageReviewProcess review,
      UsageSupport support) {
    this.repository = repository;
    this.organizations = organizations;
    this.keys = keys;
    this.transaction = transaction;
    this.clock = clock;
    this.remediation = remediation;
    this.review = review;
    this.support = support;
  }

  /**
   * @param scope the organisation the file covers, already checked: the importer is an administrator or
   *     it lies within a scope of his party-building role ({@code OrganizationAccess.mayManage(groups, scope)})
   * @param asOf Vietnam's wall-clock time the figures are as of; not in the future
   */
  Snapshot importFile(SnapshotKind kind, Organization scope, LocalDateTime asOf, String source, String fileName,
      byte[] content, String importedBy) {
    Instant now = clock.instant();
    if (asOf.isAfter(LocalDateTime.now(clock))) {
      throw new Rejected("asOf", "Thời điểm số liệu (" + VietnameseFormat.moment(asOf) + ") ở tương lai");
    }
    Table table;
    try {
      table = readers.get(kind).read(fileName, content);
    } catch (TabularFormatException e) {
      throw ImportRejected.of(e);
    }
    if (table.rows().isEmpty()) {
      throw ImportRejected.of(ImportRejected.NO_ROWS);
    }
    Map<String, Organization> subtree = organizations.within(List.of(scope.path())).stream()
        .collect(Collectors.toMap(Organization::code, o -> o));
    UsageFileParser parser = new UsageFileParser(scope, subtree, code -> organizations.find(code).isPresent(), asOf, keys);
    LongConsumer insert = switch (kind) {
      case APP_MEMBERS -> {
        List<UsageRows.AppMember> rows = parser.appMembers(table);
        yield id -> repository.insertAppMembers(id, rows);
      }
      case MEMBER_DATABASE -> {
        List<UsageRows.DatabaseMember> rows = parser.databaseMembers(table);
        yield id -> repository.insertDatabaseMembers(id, rows);
      }
      case APP_ORGANIZATIONS -> {
        List<UsageRows.OrganizationFigures> rows = parser.organizationFigures(table);
        yield id -> repository.insertOrganizationFigures(id, rows);
      }
    };
    if (!parser.errors().isEmpty()) {
      throw new ImportRejected(parser.errors());
    }
    return transaction.execute(status -> {
      long id = repository.insertSnapshot(kind, scope.code(), asOf, source, fileName, importedBy, now, table.rows().size());
      insert.accept(id);
      Snapshot snapshot = repository.snapshot(id).orElseThrow();
      if (kind.isApp()) {
        support.confirmFrom(snapshot, scope, importedBy);
        review.start(id, scope.code(), scope.scopeCode(), remediation.toRemediate(scope, snapshot).size());
      }
      return snapshot;
    });
  }
}
