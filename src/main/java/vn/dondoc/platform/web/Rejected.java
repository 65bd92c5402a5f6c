package vn.dondoc.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/** A request refused before anything was saved. */
public class Rejected extends RuntimeException {

  private final transient List<FieldError> errors;

  public Rejected(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public Rejected(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
