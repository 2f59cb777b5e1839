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

  /** The password of the deployed application's {@code admin} account. */
  public static final String ADMIN_PASSWORD = "Kumtag-dunes-7319-ledger";

  /** The identity-number key of the deployed application: 32 bytes, fixed, for tests only. */
  public static final String ID_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

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
                + " -Dalliancecare.migrations.failure-exits=false"
                + " -Dalliancecare.admin.password="
                + ADMIN_PASSWORD
                + " -Dalliancecare.id.key="
                + ID_KEY);
      }
    }
  }

  /** The JDBC URL of the deployed application's database. */
  public static String url() {
    return url;
  }
}
