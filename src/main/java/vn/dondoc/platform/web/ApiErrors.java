package vn.dondoc.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dondoc.platform.tabular.ImportError;
import vn.dondoc.platform.tabular.ImportRejected;

/** The application API's refusals, each with a Vietnamese message and, for bad input, the fields. */
@RestControllerAdvice
class ApiErrors {

  record Body(String message, List<FieldError> errors) {
  }

  /** A refused import: every problem, each naming its row and column. */
  record ImportBody(String message, List<ImportError> errors) {
  }

  @ExceptionHandler(Rejected.class)
  ResponseEntity<Body> rejected(Rejected e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Body("Dữ liệu chưa hợp lệ: " + e.getMessage(), e.errors()));
  }

  @ExceptionHandler(ImportRejected.class)
  ResponseEntity<ImportBody> importRejected(ImportRejected e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ImportBody(e.getMessage(), e.errors()));
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<Body> forbidden(Forbidden e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Body(e.getMessage(), List.of()));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Body> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Body(e.getMessage(), List.of()));
  }
}
