package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ECR URIs name local tags; other references stay as written. */
class ImageReferencesTest {

  @Test
  void anEcrUriNamesTheLocalTagOfItsRepository() {
    assertThat(ImageReferences.local("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:1.4.2"))
        .isEqualTo("shop/web:1.4.2");
    assertThat(ImageReferences.local("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")).isEqualTo("app:latest");
    assertThat(ImageReferences.local("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app:2"))
        .isEqualTo("app:2");
    assertThat(ImageReferences.local("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:3")).isEqualTo("app:3");
    assertThat(ImageReferences.local("123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:abc"))
        .isEqualTo("app@sha256:abc");
  }

  @Test
  void otherReferencesStayAsWritten() {
    assertThat(ImageReferences.local("nginx:1.27")).isEqualTo("nginx:1.27");
    assertThat(ImageReferences.local("localhost:5000/app")).isEqualTo("localhost:5000/app");
    assertThat(ImageReferences.isEcr("public.ecr.aws/nginx/nginx:1.27")).isFalse();
    assertThat(ImageReferences.isEcr("123456789012.dkr.ecr.us-east-1.amazonaws.com/app")).isTrue();
  }

  @Test
  void aColonBeforeTheLastSlashIsARegistryPortNotATag() {
    assertThat(ImageReferences.hasTagOrDigest("localhost:5000/app")).isFalse();
    assertThat(ImageReferences.hasTagOrDigest("localhost:5000/app:1")).isTrue();
    assertThat(ImageReferences.hasTagOrDigest("app@sha256:abc")).isTrue();
    assertThat(ImageReferences.hasTagOrDigest("nginx")).isFalse();
  }
}
