package vn.dondoc.platform.model;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory the folder holding {@code processes/} and {@code forms/}: the working directory
 *     by default. A string, not a {@link Path}: Spring would resolve "." against the servlet context.
 */
@ConfigurationProperties("dondoc.models")
public record ModelProperties(@DefaultValue(".") String directory) {

  public Path path() {
    return Path.of(directory);
  }
}
