package vn.dondoc.inspection;

import java.time.Instant;

/** A stored evidence file, without its content: of a finding, or of the self-report ({@code findingId} empty). */
public record EvidenceFile(long id, Long findingId, String fileName, String mediaType, long sizeBytes, String uploadedBy,
    Instant uploadedAt) {
}
