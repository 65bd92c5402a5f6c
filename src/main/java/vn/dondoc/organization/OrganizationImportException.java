package vn.dondoc.organization;

import java.util.List;
import java.util.stream.Collectors;

/** An import refused as a whole: nothing of it was saved. */
public class OrganizationImportException extends RuntimeException {

  private final transient List<ImportError> errors;

  public OrganizationImportException(List<ImportError> errors) {
    super("Tệp có " + errors.size() + " lỗi, chưa nhập gì:\n"
        + errors.stream().map(ImportError::describe).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
