package vn.dondoc.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.platform.tabular.ImportError;
import vn.dondoc.platform.tabular.ImportRejected;
import vn.dondoc.platform.tabular.TabularFormatException;
import vn.dondoc.platform.tabular.TabularReader;
import vn.dondoc.platform.tabular.Table;

/**
 * Imports the organisation tree from CSV or XLSX as an upsert keyed by code. The file is checked
 * whole first; with any error nothing is written. Importing the same file twice changes nothing.
 * Organisations missing from the file stay as they are; deactivate one with "Hoạt động: Không".
 */
@Service
public class OrganizationImporter {

  private final TabularReader reader = new TabularReader(OrganizationColumns.ALL);
  private final OrganizationRepository repository;
  private final OrganizationIdentity identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OrganizationImporter(OrganizationRepository repository, OrganizationIdentity identity, TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.identity = identity;
    this.transaction = transaction;
    this.clock = clock;
  }

  public ImportResult importFile(String fileName, byte[] content, String importedBy, Visibility importer) {
    Table table;
    try {
      table = reader.read(fileName, content);
    } catch (TabularFormatException e) {
      throw ImportRejected.of(e);
    }
    if (table.rows().isEmpty()) {
      throw ImportRejected.of(ImportRejected.NO_ROWS);
    }
    List<ImportError> errors = new ArrayList<>();
    List<ImportRow> rows = ImportRowParser.parse(table, errors);
    if (!errors.isEmpty()) {
      // Cell errors first: a tree check on a partly read file would only add confusing echoes.
      throw new ImportRejected(errors);
    }
    Instant now = clock.instant();
    return transaction.execute(status -> {
      ImportPlan plan = ImportPlan.of(repository.findAll(), rows, importer, importedBy, now, errors);
      if (!errors.isEmpty()) {
        throw new ImportRejected(errors);
      }
      repository.insert(plan.created, now);
      repository.update(plan.updated.stream().map(OrganizationIdentity.Change::after).toList(), now);
      long importId = repository.insertImport(fileName, importedBy, now, table.rows().size(),
          plan.created.size(), plan.updated.size(), plan.unchanged);
      repository.insertChanges(importId, plan.history);
      identity.apply(plan.created, plan.updated, plan.people.values(), plan.result);
      return new ImportResult(importId, table.rows().size(), plan.created.size(), plan.updated.size(), plan.unchanged);
    });
  }
}
