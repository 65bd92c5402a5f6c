package vn.dondoc.usage;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The three rates, each over members in activity. */
enum Measure {
  ACTIVATION("activation", "Tỷ lệ kích hoạt tài khoản", Figures::activation),
  ACCESS("access", "Tỷ lệ truy cập, sử dụng", Figures::access),
  REGULAR_USE("regular-use", "Tỷ lệ sử dụng thường xuyên", Figures::regularUse);

  private final String parameter;
  private final String label;
  private final Function<Figures, Rate> rate;

  Measure(String parameter, String label, Function<Figures, Rate> rate) {
    this.parameter = parameter;
    this.label = label;
    this.rate = rate;
  }

  static Optional<Measure> of(String parameter) {
    return Arrays.stream(values()).filter(m -> m.parameter.equals(parameter)).findFirst();
  }

  String label() {
    return label;
  }

  Rate of(Figures figures) {
    return rate.apply(figures);
  }
}
