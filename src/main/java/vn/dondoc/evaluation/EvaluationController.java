package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.evaluation.EvaluationViews.EvaluationSummary;
import vn.dondoc.evaluation.EvaluationViews.EvaluationView;
import vn.dondoc.evaluation.EvaluationViews.LeaderView;
import vn.dondoc.evaluation.EvaluationViews.RatingDetail;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.document.PartyDocument;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.web.Downloads;

/**
 * {@code /api/evaluations}: start the rating of a period, list, read (an evaluation by whoever sees
 * its parent, a rating by whoever sees its organisation, {@code 404} otherwise), change the
 * committee's points or the band with a reason, the secretary's view, the table (XLSX) and the
 * draft notice (DOCX).
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

  record StartRequest(String parent, String kind, Integer year, Integer quarter) {
  }

  record PointsRequest(BigDecimal points, String reason) {
  }

  record BandRequest(String band, String reason) {
  }

  private final EvaluationService service;
  private final OrganizationRepository organizations;
  private final Clock clock;

  EvaluationController(EvaluationService service, OrganizationRepository organizations, Clock clock) {
    this.service = service;
    this.organizations = organizations;
    this.clock = clock;
  }

  @PostMapping
  ResponseEntity<EvaluationSummary> start(@RequestBody StartRequest request, Authentication user) {
    Period period = Period.of(request.kind(), request.year(), request.quarter());
    Evaluation started = service.start(request.parent() == null ? "" : request.parent().trim(), period,
        CurrentUser.id(user), CurrentUser.groupIds(user));
    return ResponseEntity.status(HttpStatus.CREATED).body(service.summary(started));
  }

  @GetMapping
  List<EvaluationSummary> list(@RequestParam(required = false) String parent, Authentication user) {
    return service.list(parent, CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}")
  EvaluationView get(@PathVariable long id, Authentication user) {
    return service.view(id, CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}/ratings/{code}")
  RatingDetail rating(@PathVariable long id, @PathVariable String code, Authentication user) {
    return service.rating(id, code, CurrentUser.groupIds(user));
  }

  @PostMapping("/{id}/ratings/{code}/committee-points")
  RatingDetail committeePoints(@PathVariable long id, @PathVariable String code, @RequestBody PointsRequest request,
      Authentication user) {
    return service.committeePoints(id, code, request.points(), request.reason(), CurrentUser.id(user),
        CurrentUser.groupIds(user));
  }

  /** {@code band}: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED; empty to go back to the computed band. */
  @PostMapping("/{id}/ratings/{code}/band")
  RatingDetail band(@PathVariable long id, @PathVariable String code, @RequestBody BandRequest request,
      Authentication user) {
    return service.decideBand(id, code, request.band(), request.reason(), CurrentUser.id(user), CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}/ratings/{code}/leader")
  LeaderView leader(@PathVariable long id, @PathVariable String code, Authentication user) {
    return service.leader(id, code, CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}/table")
  ResponseEntity<byte[]> table(@PathVariable long id, Authentication user) {
    EvaluationView view = service.view(id, CurrentUser.groupIds(user));
    return Downloads.file("xep-loai-" + EvaluationOutputs.fileSuffix(view), TabularFormat.XLSX, EvaluationOutputs.table(view));
  }

  /** The draft notice; {@code number}, {@code place}, {@code signer} fill its gaps. */
  @GetMapping("/{id}/notice")
  ResponseEntity<byte[]> notice(@PathVariable long id, @RequestParam(required = false) String number,
      @RequestParam(required = false) String place, @RequestParam(required = false) String signer, Authentication user) {
    EvaluationView view = service.view(id, CurrentUser.groupIds(user));
    Organization issuer = organizations.find(view.evaluation().parentCode()).orElseThrow();
    Organization above = issuer.parentCode() == null ? null : organizations.find(issuer.parentCode()).orElse(null);
    return Downloads.file("thong-bao-xep-loai-" + EvaluationOutputs.fileSuffix(view) + ".docx", PartyDocument.MEDIA_TYPE,
        EvaluationOutputs.notice(above, issuer, view, number, place, signer, LocalDate.now(clock)));
  }
}
