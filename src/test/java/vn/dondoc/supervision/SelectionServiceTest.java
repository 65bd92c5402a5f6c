package vn.dondoc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.RequestedInspection;
import vn.dondoc.testsupport.SpringProcessTest;
import vn.dondoc.usage.UsageImports;
import org.springframework.context.ApplicationContext;

/**
 * The selection through the real usage import, remediation rows and the deployed rules: each
 * organisation's row keeps its inputs, outcome and the rules' version; a new version deployed (as
 * from Camunda Modeler) answers the next run and leaves the earlier rows explained by the old one.
 */
class SelectionServiceTest extends SpringProcessTest {

  private static final String DMN = "processes/inspection-selection.dmn";

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;
  @Autowired SelectionService selections;
  @Autowired SupervisionService supervisions;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  @Test
  void eachSelectionKeepsTheRulesVersionThatAnsweredIt() throws IOException {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("LA", 3, organizationImporter, identity, directives, tasks);
    // B1 did not remediate an earlier conclusion in time; B2 is low (2/10); B3 is commended.
    overdueRemediation(fixture.branch(1));
    importApp(fixture, new int[][] {{10, 10}, {10, 2}, {10, 10}});
    Set<String> committee = Set.of("ubkt:LA-X");
    String secondVersion = null;
    try {
      DecisionDefinition first = latestRules();
      List<Selection> run = selections.select("LA-X", "2026-q1", fixture.inspection, committee);

      assertThat(run).extracting(Selection::organizationCode, Selection::action, Selection::priority)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("LA-B1", SelectionAction.INSPECT, 1),
              org.assertj.core.groups.Tuple.tuple("LA-B2", SelectionAction.SUPERVISE, 3),
              org.assertj.core.groups.Tuple.tuple("LA-B3", SelectionAction.NONE, 9));
      assertThat(run).allSatisfy(s -> {
        assertThat(s.period()).isEqualTo("2026-Q1");
        assertThat(s.decision()).isEqualTo(new SelectionDecision.Version("inspection-selection", first.getId(), first.getVersion()));
        assertThat(s.selectedBy()).isEqualTo(fixture.inspection);
      });
      Selection b1 = run.get(0);
      assertThat(b1.inputs()).isEqualTo(new SelectionInputs("COMMENDED", null, 0, 0, null, 1, 0));
      assertThat(b1.reason()).isEqualTo("Quá hạn khắc phục theo kết luận kiểm tra, giám sát trước");
      assertThat(b1.inspectionRequested()).isTrue();
      assertThat(RequestedInspection.of(jdbc, engine, "LC-" + b1.id())).containsExactly(
          new RequestedInspection("LA-B1", "SELECTION", "LC-" + b1.id(), fixture.inspection, "inspection"));
      Selection b2 = run.get(1);
      assertThat(b2.inputs().usageBand()).isEqualTo("LOW");
      Supervision thematic = supervisions.get(b2.supervisionId());
      assertThat(thematic.kind()).isEqualTo(SupervisionKind.THEMATIC);
      assertThat(thematic.organizationCode()).isEqualTo("LA-B2");
      assertThat(thematic.status()).isEqualTo(SupervisionStatus.PLANNING);
      assertThat(thematic.subject()).isEqualTo(b2.reason());
      assertThat(run.get(2).supervisionId()).isNull();
      assertThat(run.get(2).inspectionRequested()).isFalse();

      // An administrator makes low usage a reason to inspect, and deploys the table from Camunda Modeler.
      secondVersion = deployRulesWithLowUsage("INSPECT");
      DecisionDefinition second = latestRules();
      assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);
      clockAt("2026-03-12T10:00:00");
      List<Selection> again = selections.select("LA-X", "2026-Q1", fixture.inspection, committee);

      assertThat(again).extracting(Selection::organizationCode, Selection::action)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("LA-B1", SelectionAction.INSPECT),
              org.assertj.core.groups.Tuple.tuple("LA-B2", SelectionAction.INSPECT),
              org.assertj.core.groups.Tuple.tuple("LA-B3", SelectionAction.NONE));
      assertThat(again).allSatisfy(s -> assertThat(s.decision().version()).isEqualTo(second.getVersion()));
      // B1's inspection was already asked for this quarter; B2's is new.
      assertThat(again.get(0).inspectionRequested()).isFalse();
      assertThat(again.get(1).inspectionRequested()).isTrue();
      assertThat(selections.latest("LA-X", null, committee)).extracting(Selection::id)
          .containsExactlyElementsOf(again.stream().map(Selection::id).toList());

      // The first run still names the first version, whose table still says SUPERVISE.
      assertThat(jdbc.queryForList("SELECT decision_version FROM dd_selection WHERE id IN (?, ?, ?)", Integer.class,
          run.get(0).id(), run.get(1).id(), run.get(2).id())).containsOnly(first.getVersion());
      try (InputStream model = repository.getDecisionModel(b2.decision().definitionId())) {
        assertThat(new String(model.readAllBytes(), StandardCharsets.UTF_8))
            .contains("<text>\"SUPERVISE\"</text>").isEqualTo(Files.readString(Path.of(DMN)));
      }
    } finally {
      if (secondVersion != null) {
        repository.deleteDeployment(secondVersion, true);
      }
    }
  }

  @Test
  void badRequestsAreRefusedInVietnamese() {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("LB", 1, organizationImporter, identity, directives, tasks);
    Set<String> committee = Set.of("ubkt:LB-X");

    assertThatThrownBy(() -> selections.select("LB-X", "2026-Q5", fixture.inspection, committee))
        .isInstanceOf(Rejected.class).hasMessage("period: Kỳ \"2026-Q5\" không hợp lệ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng)");
    assertThatThrownBy(() -> selections.select("LB-X", "", fixture.inspection, committee))
        .isInstanceOf(Rejected.class).hasMessageContaining("Thiếu kỳ");
    assertThatThrownBy(() -> selections.select("LB-B1", "2026-03", fixture.inspection, committee))
        .isInstanceOf(Rejected.class).hasMessageContaining("organization: Chi bộ bản 1 không phải cấp ủy có Ủy ban Kiểm tra");
    assertThatThrownBy(() -> selections.select("LB-X", "2026-03", fixture.staff, Set.of("xdd:LB-X")))
        .isInstanceOf(Forbidden.class).hasMessage("Chỉ Ủy ban Kiểm tra của Đảng ủy xã LB mới lựa chọn đối tượng giám sát, kiểm tra");
    assertThatThrownBy(() -> selections.select("LA-X", "2026-03", fixture.inspection, committee))
        .isInstanceOf(NotFound.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_selection WHERE scope_code = 'LB-X'", Integer.class)).isZero();
  }

  @Test
  void aTableDeployedUnderAnotherDecisionIdIsRefused() throws IOException {
    String renamed = Files.readString(Path.of(DMN)).replace("id=\"inspection-selection\"", "id=\"lua-chon\"")
        .replace("dmnElementRef=\"inspection-selection\"", "dmnElementRef=\"lua-chon\"");
    long before = repository.createDecisionDefinitionQuery().count();

    assertThatThrownBy(() -> repository.createDeployment().name(DMN).addString("inspection-selection.dmn", renamed).deploy())
        .hasMessageContaining("inspection-selection.dmn").hasMessageContaining("decision-id-matches-file");
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(before);
  }

  private DecisionDefinition latestRules() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("inspection-selection").withoutTenantId()
        .latestVersion().singleResult();
  }

  /** A new version of the table with another action for low usage, deployed by its bare file name as Modeler does. */
  private String deployRulesWithLowUsage(String action) throws IOException {
    String dmn = Files.readString(Path.of(DMN));
    int rule = dmn.indexOf("<rule id=\"Rule_LowUsage\">");
    int action0 = dmn.indexOf("<text>\"SUPERVISE\"</text>", rule);
    String changed = dmn.substring(0, action0) + "<text>\"" + action + "\"</text>"
        + dmn.substring(action0 + "<text>\"SUPERVISE\"</text>".length());
    return repository.createDeployment().name(DMN).source("Camunda Modeler")
        .addString("inspection-selection.dmn", changed).deploy().getId();
  }

  private void overdueRemediation(String organizationCode) {
    jdbc.update("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome, concluded_on, reference)"
        + " VALUES (?, 'INSPECTION', 'SHORTCOMINGS', DATE '2026-01-15', 'KT-1')", organizationCode);
    Long conclusion = jdbc.queryForObject("SELECT MAX(id) FROM dd_inspection_conclusion", Long.class);
    jdbc.update("INSERT INTO dd_inspection_remediation (conclusion_id, organization_code, action, due_on)"
        + " VALUES (?, ?, 'Tổ chức sinh hoạt chi bộ trên ứng dụng', DATE '2026-03-01')", conclusion, organizationCode);
  }

  private void importApp(DirectiveFixture fixture, int[][] branches) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (int b = 0; b < branches.length; b++) {
      counts.put(fixture.branch(b + 1), new int[] {branches[b][0], branches[b][1], branches[b][1]});
    }
    UsageImports.app(context, organizations.find(fixture.commune).orElseThrow(), LocalDateTime.parse("2026-03-10T17:00"),
        fixture.staff, counts);
  }
}
