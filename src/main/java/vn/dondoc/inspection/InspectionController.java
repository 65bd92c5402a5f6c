package vn.dondoc.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.Downloads;
import vn.dondoc.platform.web.Rejected;

/** {@code /api/inspections}: open, follow, record findings with evidence, propose actions, extend the time limit. */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

  record StartRequest(String organizationCode, String originRef) {
  }

  record ActionRequest(String action, String dueOn) {
  }

  record ExtensionRequest(String reason) {
  }

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final InspectionService service;
  private final InspectionEvidence evidence;
  private final InspectionViews views;

  InspectionController(InspectionService service, InspectionEvidence evidence, InspectionViews views) {
    this.service = service;
    this.evidence = evidence;
    this.views = views;
  }

  @PostMapping
  ResponseEntity<InspectionViews.Detail> start(@RequestBody StartRequest request, Authentication user) {
    Inspection started = service.start(request.organizationCode(), request.originRef(), CurrentUser.id(user),
        CurrentUser.groupIds(user));
    return ResponseEntity.created(URI.create("/api/inspections/" + started.id()))
        .body(views.detail(started.id(), CurrentUser.id(user), CurrentUser.groupIds(user)));
  }

  @GetMapping
  InspectionViews.Overview ofOrganization(@RequestParam String organization, Authentication user) {
    return views.of(organization.trim(), CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}")
  InspectionViews.Detail detail(@PathVariable long id, Authentication user) {
    return views.detail(id, CurrentUser.id(user), CurrentUser.groupIds(user));
  }

  @PostMapping("/{id}/findings")
  ResponseEntity<Finding> addFinding(@PathVariable long id, @RequestParam(required = false) String severity,
      @RequestParam(required = false) String description,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
    Finding finding = evidence.addFinding(id, severity, description, uploads(files), CurrentUser.id(user),
        CurrentUser.groupIds(user));
    return ResponseEntity.status(201).body(finding);
  }

  @PostMapping("/{id}/findings/{findingId}/files")
  ResponseEntity<Finding> attachToFinding(@PathVariable long id, @PathVariable long findingId,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
    return ResponseEntity.status(201).body(evidence.attachToFinding(id, findingId, uploads(files), CurrentUser.id(user),
        CurrentUser.groupIds(user)));
  }

  @PostMapping("/{id}/files")
  ResponseEntity<List<EvidenceFile>> attachToSelfReport(@PathVariable long id,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
    return ResponseEntity.status(201).body(evidence.attachToSelfReport(id, uploads(files), CurrentUser.id(user),
        CurrentUser.groupIds(user)));
  }

  @GetMapping("/{id}/files/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Authentication user) {
    InspectionRepository.StoredFile stored = evidence.download(id, fileId, CurrentUser.id(user), CurrentUser.groupIds(user));
    return Downloads.uploaded(stored.file().fileName(), stored.file().mediaType(), stored.content());
  }

  @PostMapping("/{id}/actions")
  ResponseEntity<RemediationAction> addAction(@PathVariable long id, @RequestBody ActionRequest request,
      Authentication user) {
    return ResponseEntity.status(201).body(service.addAction(id, request.action(), date("dueOn", request.dueOn()),
        CurrentUser.id(user), CurrentUser.groupIds(user)));
  }

  @PostMapping("/{id}/extension")
  InspectionViews.Detail extend(@PathVariable long id, @RequestBody ExtensionRequest request, Authentication user) {
    service.extend(id, request.reason(), CurrentUser.id(user), CurrentUser.groupIds(user));
    return views.detail(id, CurrentUser.id(user), CurrentUser.groupIds(user));
  }

  /** {@code 2026-03-10} or {@code 10/03/2026}; empty is left to the service to name as missing. */
  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value.trim(), VIETNAMESE_DATE) : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new Rejected(field, "Ngày \"" + value + "\" không hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd)");
    }
  }

  private static List<Upload> uploads(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream().filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
        .map(f -> {
          try {
            return new Upload(f.getOriginalFilename(), f.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList();
  }
}
