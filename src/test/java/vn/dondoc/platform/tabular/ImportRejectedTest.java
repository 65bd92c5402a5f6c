package vn.dondoc.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRejectedTest {

  @Test
  void errorsComeInRowOrderWithTheFilesOwnFirst() {
    ImportRejected rejected = new ImportRejected(List.of(new ImportError(5, "Mã", "b"), ImportError.ofFile("a"),
        new ImportError(2, null, "c")));
    assertThat(rejected.errors()).extracting(ImportError::message).containsExactly("a", "c", "b");
    assertThat(rejected.getMessage()).isEqualTo("Tệp có 3 lỗi, chưa nhập gì:\na\nDòng 2: c\nDòng 5, cột \"Mã\": b");
  }

  @Test
  void aSystematicallyBrokenFileListsTheFirstHundredErrorsAndCountsTheRest() {
    List<ImportError> errors = new ArrayList<>();
    for (int row = 130_001; row >= 2; row--) {
      errors.add(new ImportError(row, "Số lần truy cập", "\"nhiều\" không phải số nguyên"));
    }
    ImportRejected rejected = new ImportRejected(errors);
    assertThat(rejected.errors()).hasSize(101);
    assertThat(rejected.errors().get(0).row()).isEqualTo(2);
    assertThat(rejected.errors().get(100).message()).isEqualTo("Và 129900 lỗi khác chưa liệt kê.");
    assertThat(rejected.getMessage()).startsWith("Tệp có 130000 lỗi, chưa nhập gì:\nDòng 2, cột \"Số lần truy cập\"");
  }
}
