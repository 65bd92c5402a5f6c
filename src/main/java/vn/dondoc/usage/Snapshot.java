package vn.dondoc.usage;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One imported file: the figures of an organisation's subtree as of a time.
 *
 * @param organizationCode the organisation the file covers; every row lies under it
 * @param asOf the time the figures are as of, Vietnam's wall-clock time
 * @param source where the figures come from (the app, the member database 4.0, ...)
 */
record Snapshot(long id, SnapshotKind kind, String organizationCode, LocalDateTime asOf, String source, String fileName,
    String importedBy, Instant importedAt, int rows) {
}
