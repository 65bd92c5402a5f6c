package vn.dondoc.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentPlanTest {

  @Test
  void eachProcessTravelsWithItsFormsAndEverythingElseAlone() {
    ModelFile process = file("processes/a.bpmn", """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     targetNamespace="t">
          <process id="a" isExecutable="true">
            <startEvent id="StartEvent_A" camunda:formRef="a-start" camunda:formRefBinding="deployment"/>
            <userTask id="Task_A" camunda:formRef="a-task" camunda:formRefBinding="deployment"/>
          </process>
        </definitions>""");
    ModelFile decision = file("processes/d.dmn", "<definitions/>");
    ModelFile start = file("forms/a-start.form", "{\"id\":\"a-start\"}");
    ModelFile task = file("forms/a-task.form", "{\"id\":\"a-task\"}");
    ModelFile loose = file("forms/loose.form", "{\"id\":\"loose\"}");

    List<DeploymentPlan.Unit> units = DeploymentPlan.of(List.of(process, decision, start, task, loose));

    assertThat(units).containsExactly(
        new DeploymentPlan.Unit("processes/a.bpmn", List.of(process, start, task)),
        new DeploymentPlan.Unit("processes/d.dmn", List.of(decision)),
        new DeploymentPlan.Unit("forms/loose.form", List.of(loose)));
  }

  @Test
  void anUnreadableProcessIsStillDeployedSoTheEngineReportsIt() {
    ModelFile broken = file("processes/broken.bpmn", "<definitions");

    assertThat(DeploymentPlan.of(List.of(broken))).containsExactly(new DeploymentPlan.Unit("processes/broken.bpmn", List.of(broken)));
  }

  private static ModelFile file(String name, String content) {
    return new ModelFile(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
