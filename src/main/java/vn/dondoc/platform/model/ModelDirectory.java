package vn.dondoc.platform.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The top-level {@code processes/} and {@code forms/} folders. Files are named by their path
 * relative to the root with forward slashes, so a model has the same resource name whether the
 * application runs from the repository, from a container or from a test's temporary copy.
 */
public final class ModelDirectory {

  public static final String PROCESSES = "processes";
  public static final String FORMS = "forms";

  private final Path root;

  public ModelDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** Every BPMN, DMN and form file, sorted by name. A missing folder holds no models. */
  public List<ModelFile> read() {
    List<ModelFile> files = new ArrayList<>();
    for (String folder : List.of(PROCESSES, FORMS)) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
          ModelFile file = new ModelFile(relativeName(path), Files.readAllBytes(path));
          if (file.isBpmn() || file.isDmn() || file.isForm()) {
            files.add(file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Không đọc được thư mục mô hình " + dir, e);
      }
    }
    return files;
  }

  private String relativeName(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
