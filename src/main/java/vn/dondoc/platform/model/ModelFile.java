package vn.dondoc.platform.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One model resource: a BPMN or DMN file from {@code processes/} or a Camunda Form from
 * {@code forms/}, named by its path relative to the model directory ({@code processes/hello.bpmn}),
 * or by whatever name a deployment gave it (Camunda Modeler sends the bare file name).
 */
public record ModelFile(String name, byte[] content) {

  public ModelFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  public boolean isBpmn() {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  public boolean isDmn() {
    return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }

  public boolean isForm() {
    return name.endsWith(".form");
  }

  /** The file name without folders and extension: the id its process, decision or form must carry. */
  public String baseName() {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    for (String extension : new String[] {".bpmn20.xml", ".dmn11.xml", ".bpmn", ".dmn", ".form"}) {
      if (fileName.endsWith(extension)) {
        return fileName.substring(0, fileName.length() - extension.length());
      }
    }
    return fileName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelFile that && name.equals(that.name) && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return name;
  }
}
