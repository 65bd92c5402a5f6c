package vn.dondoc.usage;

/** Where an organisation's rate puts it in the ranking report; limits from {@link UsageSettings}. */
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
  static Band of(Rate rate, UsageSettings settings) {
    if (!rate.defined()) {
      return NO_DATA;
    }
    if (rate.count() == 0) {
      return NOT_DEPLOYED;
    }
    if (rate.compareTo(settings.commendedFrom()) >= 0) {
      return COMMENDED;
    }
    return rate.compareTo(settings.lowUpTo()) <= 0 ? LOW : MIDDLE;
  }
}
