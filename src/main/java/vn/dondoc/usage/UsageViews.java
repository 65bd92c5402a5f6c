package vn.dondoc.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.time.VietnameseFormat;

/** What the usage API answers, as JSON: numbers for programs, Vietnamese texts for people. */
final class UsageViews {

  private UsageViews() {
  }

  /** A rate as a number ({@code 16.67}) and as the letters write it ({@code 16,67%}); both null/empty without members. */
  record RateView(long count, long inActivity, BigDecimal percent, String text) {
    static RateView of(Rate rate) {
      return new RateView(rate.count(), rate.denominator(), rate.percent(), rate.text());
    }
  }

  /** One organisation with the figures of its whole subtree; the band is the access rate's. */
  record OrganizationRates(String code, String name, String parentCode, Figures figures, RateView activation,
      RateView access, RateView regularUse, Band band, String bandLabel) {

    static OrganizationRates of(Organization organization, Figures figures, Bands bands) {
      Band band = Band.of(figures.access(), bands);
      return new OrganizationRates(organization.code(), organization.name(), organization.parentCode(), figures,
          RateView.of(figures.activation()), RateView.of(figures.access()), RateView.of(figures.regularUse()), band,
          band.label());
    }
  }

  /**
   * The rates of every organisation under the one asked for, from one app snapshot.
   *
   * @param limits the bands used, those of the organisation's committee, as {@link RankingView} words them
   */
  record RatesView(long appSnapshotId, Long databaseSnapshotId, LocalDateTime asOf, String footnote, String limits,
      List<OrganizationRates> organizations) {
  }

  /** One app snapshot's figures for the organisation, in a trend across snapshots. */
  record TrendPoint(long appSnapshotId, Long databaseSnapshotId, LocalDateTime asOf, String asOfText, Figures figures,
      RateView activation, RateView access, RateView regularUse) {

    static TrendPoint of(Snapshot app, Snapshot database, Figures figures) {
      return new TrendPoint(app.id(), database == null ? null : database.id(), app.asOf(), VietnameseFormat.moment(app.asOf()),
          figures, RateView.of(figures.activation()), RateView.of(figures.access()), RateView.of(figures.regularUse()));
    }
  }

  /** An organisation in a band of the ranking report: "Chi bộ bản Bản Mới 16,67%". */
  record Ranked(String code, String name, RateView rate, String line) {
  }

  record BandList(Band band, String label, List<Ranked> organizations) {
  }

  /**
   * The ranking report of a parent organisation: its total and each band of the organisations
   * directly below it, highest rate first.
   *
   * @param summary "93.911/121.350 đảng viên đang sinh hoạt, đạt tỷ lệ 77,39%"
   * @param limits the bands used, those of the organisation's committee: "Biểu dương: từ 100%; tỷ lệ thấp: …"
   */
  record RankingView(String code, String name, String measure, RateView total, String summary, List<BandList> bands,
      String limits, String footnote) {
  }

  /** What the two sources disagree on, for one organisation's subtree. */
  record ReconciliationRow(String code, String name, String parentCode, Discrepancies counts) {
  }

  /** One kind of discrepancy and its count in the whole subtree; {@code category} names its list. */
  record Category(String category, String label, long count) {
  }

  record ReconciliationView(long appSnapshotId, long databaseSnapshotId, String footnote, List<Category> categories,
      List<ReconciliationRow> organizations) {
  }
}
