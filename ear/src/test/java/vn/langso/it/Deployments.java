package vn.langso.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment helper: the EAR this build produced, with the test's classes in its web module. */
public final class Deployments {

    /**
     * Arquillian runs in-container tests through a servlet in the web module; LangSo protects every URL, so
     * the test deployment opens that one.
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_runner_open</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>Arquillian test runner</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                  <url-pattern>/ArquillianServletRunner</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    private Deployments() {}

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EnterpriseArchive langSo(Class<?>... testClasses) {
        EnterpriseArchive ear =
                ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("langso.ear")));
        if (testClasses.length > 0) {
            WebArchive web = ear.getAsType(WebArchive.class, "langso-web.war");
            web.addClasses(testClasses);
            web.addAsLibrary(jarOf(Assertions.class));
            web.addClasses(Caller.class, Caller.ThrowingRunnable.class);
            // Caller creates identities through Elytron's API, which deployments do not see by default.
            web.addAsManifestResource(
                    new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"),
                    "MANIFEST.MF");
            web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                    .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
        }
        return ear;
    }
}
