package vn.dondoc.platform.engine;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.platform.web.Rejected;

/**
 * Refusing what a user entered to complete a task, from the service task that records it in the
 * completing transaction: the task stays open and the user reads why, in Vietnamese. Of the engine's
 * exceptions only a form validation failure is answered {@code 400} by
 * {@code POST /engine-rest/task/{id}/complete} (any other is {@code 500}), and Tasklist shows its
 * message under the form. A task listener cannot refuse this way: the engine wraps whatever it throws.
 */
public final class TaskInput {

  private TaskInput() {
  }

  /** The refusal of one field of the form. */
  public static RuntimeException refused(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  /** Runs a step of a service; input it rejects ({@link Rejected}) becomes the refusal of those fields. */
  public static <T> T checked(Supplier<T> step) {
    try {
      return step.get();
    } catch (Rejected e) {
      throw refused(e.errors().stream().map(FieldError::field).collect(Collectors.joining(", ")),
          e.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
    }
  }

  public static void checked(Runnable step) {
    checked(() -> {
      step.run();
      return null;
    });
  }
}
