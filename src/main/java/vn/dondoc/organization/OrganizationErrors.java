package vn.dondoc.organization;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused import answers 400 with every problem, each naming its row and column in Vietnamese. */
@RestControllerAdvice(assignableTypes = OrganizationController.class)
class OrganizationErrors {

  record Body(String message, List<ImportError> errors) {
  }

  @ExceptionHandler(OrganizationImportException.class)
  ResponseEntity<Body> importRefused(OrganizationImportException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Body(e.getMessage(), e.errors()));
  }
}
