package vn.dondoc.platform.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Splits the model folders into deployments. Each BPMN file is deployed together with the forms
 * it references, because {@code formRefBinding="deployment"} looks the form up in the process
 * definition's own deployment; each DMN file and each form no process references is deployed
 * alone. Deployments are named after their main file, so duplicate filtering compares a file only
 * with its own earlier versions: an unchanged file is not redeployed, a changed one gets exactly
 * one new version.
 */
public final class DeploymentPlan {

  /** One deployment: its name (the main file's) and its files. */
  public record Unit(String name, List<ModelFile> files) {

    /** Deploys with duplicate filtering: unchanged files create nothing, a changed one a new deployment. */
    public Deployment deploy(RepositoryService repositoryService, String source) {
      DeploymentBuilder builder = repositoryService.createDeployment()
          .name(name)
          .source(source)
          .enableDuplicateFiltering(false);
      files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
      return builder.deploy();
    }
  }

  private DeploymentPlan() {
  }

  public static List<Unit> of(List<ModelFile> files) {
    Map<String, ModelFile> formsById = new LinkedHashMap<>();
    files.stream().filter(ModelFile::isForm).forEach(form -> formsById.put(form.baseName(), form));
    Set<ModelFile> referencedForms = new LinkedHashSet<>();
    List<Unit> units = new ArrayList<>();
    for (ModelFile file : files) {
      if (file.isBpmn()) {
        List<ModelFile> unitFiles = new ArrayList<>(List.of(file));
        for (String formRef : formRefs(file)) {
          ModelFile form = formsById.get(formRef);
          if (form != null) {
            unitFiles.add(form);
            referencedForms.add(form);
          }
        }
        units.add(new Unit(file.name(), unitFiles));
      } else if (file.isDmn()) {
        units.add(new Unit(file.name(), List.of(file)));
      }
    }
    formsById.values().stream()
        .filter(form -> !referencedForms.contains(form))
        .forEach(form -> units.add(new Unit(form.name(), List.of(form))));
    return units;
  }

  private static Set<String> formRefs(ModelFile bpmn) {
    Set<String> refs = new LinkedHashSet<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content()));
    } catch (ModelException unreadable) {
      return refs; // deployed as it is, so that the engine reports what is wrong with it
    }
    model.getModelElementsByType(StartEvent.class).forEach(start -> addIfPresent(refs, start.getCamundaFormRef()));
    model.getModelElementsByType(UserTask.class).forEach(task -> addIfPresent(refs, task.getCamundaFormRef()));
    return refs;
  }

  private static void addIfPresent(Set<String> refs, String formRef) {
    if (formRef != null && !formRef.isBlank()) {
      refs.add(formRef);
    }
  }
}
