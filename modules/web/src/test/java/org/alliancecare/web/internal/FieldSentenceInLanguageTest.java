package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a field that the bundle has no hint for is described by the problem's own sentence,
 * which the page receives in its language; only without one does the page fall back to the generic
 * "invalid".
 */
class FieldSentenceInLanguageTest {

  private static Function<String, Optional<String>> in(Properties bundle) {
    return key -> Optional.ofNullable(bundle.getProperty(key));
  }

  @Test
  void theBundlesHintComesFirst() {
    assertThat(Feedback.fieldSentence("name", "最多 100 个字符", in(Bundles.CHINESE)))
        .isEqualTo("姓名: 请填写完整的姓名");
  }

  @Test
  void withoutAHintTheProblemsSentenceInThePagesLanguageIsShown() {
    assertThat(
            Feedback.fieldSentence(
                "checkpoint.rootHash", "与检查点的各流不符：这不是系统给出的检查点", in(Bundles.CHINESE)))
        .endsWith(": 与检查点的各流不符：这不是系统给出的检查点");
  }

  @Test
  void withoutHintOrSentenceTheGenericInvalidIsShown() {
    assertThat(Feedback.fieldSentence("checkpoint.rootHash", null, in(Bundles.CHINESE)))
        .endsWith(": 填写有误");
  }
}
