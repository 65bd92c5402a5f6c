package vn.dondoc.usage;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of disagreement between the member database and the app (seed 002). */
enum Discrepancy {
  MISSING_FROM_APP("missing-from-app", "chua-co-tren-ung-dung",
      "Có trong CSDL đảng viên nhưng chưa có trên ứng dụng (không đăng nhập được)"),
  NOT_IN_DATABASE("not-in-database", "khong-co-trong-csdl", "Có trên ứng dụng nhưng không có trong CSDL đảng viên"),
  EXEMPT_NOT_IN_APP("exempt-not-in-app", "mien-sinh-hoat-chua-cap-nhat",
      "Miễn sinh hoạt trong CSDL nhưng ứng dụng chưa miễn (bị thống kê là chưa truy cập)"),
  ORGANIZATION_MISMATCH("organization-mismatch", "sai-to-chuc", "Tổ chức đảng trong CSDL khác trên ứng dụng");

  private final String path;
  private final String fileName;
  private final String label;

  Discrepancy(String path, String fileName, String label) {
    this.path = path;
    this.fileName = fileName;
    this.label = label;
  }

  static Optional<Discrepancy> ofPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }

  /** The value of the {@code category} parameter. */
  String path() {
    return path;
  }

  String fileName() {
    return fileName;
  }

  String label() {
    return label;
  }
}
