package org.alliancecare.app;

import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the Payara Micro that Arquillian starts at a fresh database on the test JVM's PostgreSQL.
 * Register it before {@code ArquillianExtension}: Arquillian reads {@code payara.cmdOptions} when
 * it first configures the container.
 */
public class DeployedDatabase implements BeforeAllCallback {

  private static String url;

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (DeployedDatabase.class) {
      if (url == null) {
        TestDatabase database = TestDatabase.get();
        url = database.freshDatabase("arquillian");
        System.setProperty(
            "payara.cmdOptions",
            "-Xmx512m -Dalliancecare.db.url="
                + url
                + " -Dalliancecare.db.user="
                + database.user()
                + " -Dalliancecare.db.password="
                + database.password()
                + " -Dalliancecare.migrations.failure-exits=false");
      }
    }
  }

  /** The JDBC URL of the deployed application's database. */
  public static String url() {
    return url;
  }
}
