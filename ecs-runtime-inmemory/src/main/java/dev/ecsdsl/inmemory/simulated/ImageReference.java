package dev.ecsdsl.inmemory.simulated;

/** Reads the parts of an image reference ({@code [registry[:port]/]repository[:tag][@digest]}). */
final class ImageReference {
  private ImageReference() {}

  /**
   * The reference without tag and digest: {@code nginx:1.27} → {@code nginx}, {@code
   * localhost:5000/app:2@sha256:…} → {@code localhost:5000/app}. A colon before the last slash belongs to
   * the registry's port, not to a tag.
   */
  static String repository(String image) {
    int at = image.indexOf('@');
    String withoutDigest = at < 0 ? image : image.substring(0, at);
    int colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
  }
}
