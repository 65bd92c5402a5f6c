package vn.dondoc.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;

/**
 * Findings and the files that prove them, and the organisation's files for its self-report. Each
 * call saves all or nothing: a finding with one bad file is not saved, nor are its good files.
 */
@Service
public class InspectionEvidence {

  private final InspectionRepository inspections;
  private final InspectionAccess access;
  private final EvidenceCheck check;
  private final Clock clock;

  InspectionEvidence(InspectionRepository inspections, InspectionAccess access, EvidenceCheck check, Clock clock) {
    this.inspections = inspections;
    this.access = access;
    this.check = check;
    this.clock = clock;
  }

  /** The team records what it found; above minor, with at least one file proving it. */
  @Transactional
  public Finding addFinding(long id, String severity, String description, List<Upload> files, String userId,
      Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    InspectionAccess.mustInspect(inspection, userId, groups);
    mustBeInspecting(inspection);
    List<FieldError> errors = new ArrayList<>();
    Severity parsed = Severity.parse(severity).orElse(null);
    if (parsed == null) {
      errors.add(new FieldError("severity", "Chọn mức độ: MINOR (nhẹ), MODERATE (trung bình) hoặc SERIOUS (nghiêm trọng)"));
    } else if (parsed.needsEvidence() && files.isEmpty()) {
      errors.add(new FieldError("files", "Kết quả kiểm tra mức \"" + parsed.label()
          + "\" phải kèm ít nhất một tệp tài liệu chứng minh"));
    }
    if (description == null || description.isBlank()) {
      errors.add(new FieldError("description", "Thiếu nội dung kết quả kiểm tra"));
    } else if (description.length() > InspectionService.MAX_TEXT) {
      errors.add(new FieldError("description", "Dài quá " + InspectionService.MAX_TEXT + " ký tự"));
    }
    errors.addAll(check.problems("files", files));
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    Instant now = clock.instant();
    long findingId = inspections.insertFinding(id, inspection.organizationCode(), quarter(now), parsed,
        description.trim(), userId, now);
    store(id, findingId, files, userId, now);
    return finding(id, findingId);
  }

  /** More evidence for a finding already recorded. */
  @Transactional
  public Finding attachToFinding(long id, long findingId, List<Upload> files, String userId, Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    InspectionAccess.mustInspect(inspection, userId, groups);
    mustBeInspecting(inspection);
    finding(id, findingId);
    checkFiles(files);
    store(id, findingId, files, userId, clock.instant());
    return finding(id, findingId);
  }

  /** The inspected organisation's documents for its self-report. */
  @Transactional
  public List<EvidenceFile> attachToSelfReport(long id, List<Upload> files, String userId, Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    InspectionAccess.mustAnswer(inspection, userId, groups);
    if (inspection.step() != InspectionStep.CONDUCT) {
      throw new Rejected("step", "Chỉ nộp tài liệu báo cáo tự kiểm tra khi đang tiến hành kiểm tra (hiện: "
          + inspection.step().label() + ")");
    }
    checkFiles(files);
    store(id, null, files, userId, clock.instant());
    return inspections.files(id).stream().filter(f -> f.findingId() == null).toList();
  }

  public InspectionRepository.StoredFile download(long id, long fileId, String userId, Set<String> groups) {
    access.visible(id, userId, groups);
    return inspections.file(id, fileId).orElseThrow(() -> new NotFound("Không có tệp " + fileId));
  }

  /** {@code 2026-Q1}: the quarter of Vietnam's day, as the quarterly rating counts. */
  static String quarter(Instant at) {
    LocalDate day = at.atZone(TimeConfiguration.VIETNAM).toLocalDate();
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  private void checkFiles(List<Upload> files) {
    if (files.isEmpty()) {
      throw new Rejected("files", "Chưa chọn tệp nào");
    }
    List<FieldError> errors = check.problems("files", files);
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
  }

  private void store(long id, Long findingId, List<Upload> files, String userId, Instant at) {
    for (Upload file : files) {
      inspections.insertFile(id, findingId, file.fileName(), check.typeOf(file).mediaType(), file.content(), userId, at);
    }
  }

  private Finding finding(long id, long findingId) {
    return inspections.findings(id).stream().filter(f -> f.id() == findingId).findFirst()
        .orElseThrow(() -> new NotFound("Không có kết quả kiểm tra " + findingId));
  }

  private static void mustBeInspecting(Inspection inspection) {
    if (inspection.step() != InspectionStep.CONDUCT && inspection.step() != InspectionStep.CONCLUDE) {
      throw new Rejected("step", "Chỉ ghi kết quả kiểm tra khi đang tiến hành hoặc kết luận (hiện: "
          + inspection.step().label() + ")");
    }
  }
}
