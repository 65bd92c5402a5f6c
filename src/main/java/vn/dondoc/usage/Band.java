package vn.dondoc.usage;

/** Where an organisation's rate puts it in the ranking report; limits from the committee's {@link Bands}. */
enum Band {
  COMMENDED("Biểu dương"),
  MIDDLE("Đang triển khai"),
  LOW("Tỷ lệ thấp"),
  NOT_DEPLOYED("Chưa triển khai"),
  NO_DATA("Chưa có số liệu đảng viên đang sinh hoạt");

  private final String label;

  Band(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Commended at or above commended-from; not deployed at 0; low above 0 up to low-up-to. */
  static Band of(Rate rate, Bands bands) {
    if (!rate.defined()) {
      return NO_DATA;
    }
    if (rate.count() == 0) {
      return NOT_DEPLOYED;
    }
    if (rate.compareTo(bands.commendedFrom()) >= 0) {
      return COMMENDED;
    }
    return rate.compareTo(bands.lowUpTo()) <= 0 ? LOW : MIDDLE;
  }
}
