package vn.dondoc.platform.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database runs in PostgreSQL mode, so the application's own SQL behaves as in
 * production. The engine's H2 schema scripts use {@code BLOB}, which that mode refuses, and its
 * PostgreSQL dialect uses the {@code &} operator, which H2 lacks; so while the engine creates or
 * updates its schema the database is in H2's regular mode, and afterwards back in the mode it had.
 * The mode is a database-wide setting and start-up is single-threaded, so nothing else runs meanwhile.
 * On PostgreSQL this does nothing.
 */
@Component
class H2SchemaModePlugin extends AbstractProcessEnginePlugin {

  private final DataSource dataSource;
  private String originalMode;

  H2SchemaModePlugin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    originalMode = currentMode();
    setMode("REGULAR");
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (originalMode != null) {
      setMode(originalMode);
    }
  }

  private String currentMode() {
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
      return rows.next() ? rows.getString(1) : "REGULAR";
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được chế độ tương thích của H2", e);
    }
  }

  private void setMode(String mode) {
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("SET MODE " + mode);
    } catch (SQLException e) {
      throw new IllegalStateException("Không đặt được chế độ tương thích H2 " + mode, e);
    }
  }
}
