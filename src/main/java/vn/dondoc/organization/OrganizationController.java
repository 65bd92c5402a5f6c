package vn.dondoc.organization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.web.Downloads;
import vn.dondoc.platform.web.Forbidden;

/**
 * {@code /api/organizations}: the tree and its subtrees, search, history, import and export —
 * always limited to what the caller may see.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

  private static final int SEARCH_LIMIT = 50;

  private final OrganizationRepository repository;
  private final OrganizationAccess access;
  private final OrganizationImporter importer;
  private final OrganizationIdentity identity;

  OrganizationController(OrganizationRepository repository, OrganizationAccess access, OrganizationImporter importer,
      OrganizationIdentity identity) {
    this.repository = repository;
    this.access = access;
    this.importer = importer;
    this.identity = identity;
  }

  @GetMapping
  List<OrganizationNode> tree(Authentication user) {
    return OrganizationNode.forest(visible(user));
  }

  @GetMapping("/{code}")
  OrganizationNode subtree(@PathVariable String code, Authentication user) {
    Organization root = access.seen(code, CurrentUser.groupIds(user));
    return OrganizationNode.forest(repository.within(List.of(root.path()))).get(0);
  }

  @GetMapping("/{code}/history")
  List<OrganizationChange> history(@PathVariable String code, Authentication user) {
    return repository.changes(access.seen(code, CurrentUser.groupIds(user)).code());
  }

  @GetMapping("/search")
  List<OrganizationNode> search(@RequestParam("q") String text, Authentication user) {
    Visibility visibility = access.of(CurrentUser.groupIds(user));
    List<String> paths = visibility.everything() ? List.of("/") : List.copyOf(visibility.paths());
    return repository.search(text, paths, SEARCH_LIMIT).stream().map(OrganizationNode::leaf).toList();
  }

  @PostMapping("/import")
  ImportResult importFile(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
    mustManage(user);
    return importer.importFile(Objects.requireNonNullElse(file.getOriginalFilename(), "tep"), file.getBytes(),
        CurrentUser.id(user), access.of(CurrentUser.groupIds(user)));
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, Authentication user) {
    List<Organization> organizations = visible(user);
    List<String> userIds = organizations.stream()
        .flatMap(o -> Stream.of(o.secretaryUserId(), o.deputyUserId())).filter(Objects::nonNull).toList();
    TabularFormat chosen = TabularFormat.of(format);
    return Downloads.file("to-chuc", chosen, OrganizationFile.export(organizations, identity.people(userIds), chosen));
  }

  @GetMapping("/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format) {
    TabularFormat chosen = TabularFormat.of(format);
    return Downloads.file("mau-to-chuc", chosen, OrganizationFile.template(chosen));
  }

  /** A real-sized commune (Sì Lở Lầu: 2 grassroots committees, 34 branches) to start from. */
  @GetMapping("/sample")
  ResponseEntity<byte[]> sample() throws IOException {
    return Downloads.file("xa-si-lo-lau", TabularFormat.CSV, OrganizationFile.sample());
  }

  private List<Organization> visible(Authentication user) {
    Visibility visibility = access.of(CurrentUser.groupIds(user));
    return visibility.everything() ? new ArrayList<>(repository.findAll().values()) : repository.within(visibility.paths());
  }

  private static void mustManage(Authentication user) {
    if (!OrganizationAccess.mayManage(CurrentUser.groupIds(user))) {
      throw new Forbidden(
          "Chỉ quản trị viên hoặc Ban Xây dựng Đảng được nhập danh sách tổ chức");
    }
  }
}
