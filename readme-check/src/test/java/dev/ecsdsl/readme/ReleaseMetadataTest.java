package dev.ecsdsl.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a release publishes meets what Maven Central checks (https://central.sonatype.org/publish/requirements):
 * every published pom, as installed, has (itself or through its parent) a name, description, url, licenses,
 * developers and scm; with {@code -P release}, every jar has a -sources.jar and a -javadoc.jar beside it. The
 * BOM lines users up with the JUnit, jqwik and AssertJ versions this build tests with.
 */
class ReleaseMetadataTest {
  /** What users depend on; examples, benchmarks and this module are not published. */
  static final List<String> PUBLISHED_JARS = List.of("ecs-dsl", "ecs-control-plane", "ecs-runtime-inmemory",
      "ecs-runtime-docker", "ecs-api-server", "junit-extension", "ecs-dsl-assertj", "ecs-dsl-jqwik");
  private static final String GROUP_PATH = "dev/ecsdsl";

  @Test
  void everyPublishedPomCarriesWhatCentralRequires() throws Exception {
    for (String artifact : concat(PUBLISHED_JARS, "ecs-dsl-bom")) {
      Element pom = installedPom(artifact);
      for (String element : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
          "developers/developer/name", "scm/url", "scm/connection")) {
        assertThat(inherited(pom, element)).as("%s of %s's pom (or its parent's)", element, artifact)
            .hasValueSatisfying(v -> assertThat(v).isNotBlank());
      }
      assertThat(inherited(pom, "licenses/license/name")).as(artifact).contains("Apache License, Version 2.0");
    }
  }

  @Test
  void theProjectCarriesItsLicence() throws IOException {
    Path root = ReadmeQuickStartTest.path("project.root");
    assertThat(Files.readString(root.resolve("LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
    assertThat(Files.readString(root.resolve("NOTICE"))).contains("ecs-dsl");
  }

  @Test
  void theBomManagesTheTestLibrariesThisBuildTestsWith() throws Exception {
    Element bom = installedPom("ecs-dsl-bom");
    for (String library : List.of("junit", "jqwik", "assertj")) {
      assertThat(child(bom, "properties/" + library + ".version")).as("the BOM's %s version", library)
          .contains(System.getProperty(library + ".version"));
    }
  }

  @Test
  void aReleaseBuildHasSourcesAndJavadocJarsBesideEveryJar() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("ecsdsl.release"), "only with -P release");
    Path root = ReadmeQuickStartTest.path("project.root");
    String version = System.getProperty("project.version");
    for (String artifact : PUBLISHED_JARS) {
      Path target = root.resolve(artifact).resolve("target");
      assertThat(entries(target.resolve(artifact + "-" + version + "-sources.jar")))
          .as("%s's sources jar", artifact).anyMatch(e -> e.endsWith(".java"));
      assertThat(entries(target.resolve(artifact + "-" + version + "-javadoc.jar")))
          .as("%s's javadoc jar", artifact).contains("index.html");
    }
  }

  private static List<String> entries(Path jar) throws IOException {
    assertThat(jar).exists();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(e -> e.getName()).toList();
    }
  }

  private static Element installedPom(String artifact) throws Exception {
    String version = System.getProperty("project.version");
    Path pom = ReadmeQuickStartTest.path("quickstart.repo").resolve(GROUP_PATH).resolve(artifact).resolve(version)
        .resolve(artifact + "-" + version + ".pom");
    assertThat(pom).as("%s installed into the quick-start repository", artifact).exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  /** An element's text in the pom, or in its parent's (as Maven inherits it). */
  private static Optional<String> inherited(Element pom, String path) throws Exception {
    Optional<String> own = child(pom, path);
    if (own.isPresent()) {
      return own;
    }
    Optional<String> parent = child(pom, "parent/artifactId");
    return parent.isPresent() ? inherited(installedPom(parent.get()), path) : Optional.empty();
  }

  private static Optional<String> child(Element element, String path) {
    Element current = element;
    for (String name : path.split("/")) {
      Element next = null;
      for (Node n = current.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          next = e;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      current = next;
    }
    return Optional.of(current.getTextContent().trim());
  }

  private static List<String> concat(List<String> list, String more) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
  }
}
