package vn.dondoc.platform.web;

/** The caller may not do this to this directive. */
public class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}
