package vn.dondoc.organization;

/** What an import did. */
public record ImportResult(long importId, int rows, int created, int updated, int unchanged) {
}
