package dev.ecsdsl.inmemory.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

  @ParameterizedTest
  @CsvSource({
      "nginx, nginx",
      "nginx:1.27, nginx",
      "nginx@sha256:0123abcd, nginx",
      "nginx:1.27@sha256:0123abcd, nginx",
      "localhost:5000/app, localhost:5000/app",
      "localhost:5000/app:2, localhost:5000/app",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v42, 123456789012.dkr.ecr.us-east-1.amazonaws.com/api",
      "public.ecr.aws/nginx/nginx:stable-alpine, public.ecr.aws/nginx/nginx"
  })
  void theRepositoryIsTheImageWithoutTagAndDigest(String image, String repository) {
    assertThat(ImageReference.repository(image)).isEqualTo(repository);
  }
}
