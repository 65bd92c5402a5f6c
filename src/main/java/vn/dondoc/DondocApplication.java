package vn.dondoc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DondocApplication {

  public static void main(String[] args) {
    SpringApplication.run(DondocApplication.class, args);
  }
}
