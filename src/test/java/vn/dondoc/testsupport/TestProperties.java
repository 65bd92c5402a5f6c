package vn.dondoc.testsupport;

/** Spring properties for the tests on the embedded database, which run without the demo profile. */
public final class TestProperties {

  /** The citizen-id hash key: only the demo profile has a development one. */
  public static final String USAGE_HASH_KEY = "dondoc.usage.hash-key=kiem-thu-khoa-bam-cccd-chi-dung-khi-chay-test";

  private TestProperties() {
  }
}
