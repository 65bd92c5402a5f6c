package vn.dondoc.notification;

import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Jakarta Mail waits forever by default: a mail server that accepts the connection and then hangs
 * would stall the sender past its lease. Values set in {@code spring.mail.properties} win.
 */
class MailTimeouts implements BeanPostProcessor {

  private static final String CONNECT_MILLIS = "10000";
  private static final String READ_WRITE_MILLIS = "20000";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender) {
      Properties properties = sender.getJavaMailProperties();
      for (String protocol : List.of("smtp", "smtps")) {
        properties.putIfAbsent("mail." + protocol + ".connectiontimeout", CONNECT_MILLIS);
        properties.putIfAbsent("mail." + protocol + ".timeout", READ_WRITE_MILLIS);
        properties.putIfAbsent("mail." + protocol + ".writetimeout", READ_WRITE_MILLIS);
      }
    }
    return bean;
  }
}
