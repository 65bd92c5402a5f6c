package vn.dondoc.usage;

/**
 * The counts of one organisation (or, rolled up, of its subtree). Exempt members are counted apart
 * and never in the other figures.
 *
 * @param inActivity members in activity (đang sinh hoạt): the denominator of every rate
 * @param regular members using the app regularly ({@code dondoc.usage.regular-min-accesses})
 */
record Figures(long inActivity, long exempt, long activated, long accessed, long regular) {

  static final Figures ZERO = new Figures(0, 0, 0, 0, 0);

  Figures plus(Figures other) {
    return new Figures(inActivity + other.inActivity, exempt + other.exempt, activated + other.activated,
        accessed + other.accessed, regular + other.regular);
  }

  Rate activation() {
    return new Rate(activated, inActivity);
  }

  Rate access() {
    return new Rate(accessed, inActivity);
  }

  Rate regularUse() {
    return new Rate(regular, inActivity);
  }
}
