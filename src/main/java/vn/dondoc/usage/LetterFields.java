package vn.dondoc.usage;

import java.time.LocalDate;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.document.PartyDocument;

/**
 * What the drafter may fill in on the letter; a field left empty stays a visible gap, as the
 * letters leave the number and the day for the office to write in when the letter is signed.
 *
 * @param number the letter's number alone ({@code 15}); the "-CV/ĐU" after it follows the issuer
 * @param date the day of the draft
 */
record LetterFields(String number, String place, String signer, LocalDate date) {

  LetterFields {
    number = trimmed(number);
    place = trimmed(place);
    signer = trimmed(signer);
  }

  /** {@code Số: 15-CV/ĐU}, or {@code Số:       -CV/ĐU}; a province committee's letters are {@code -CV/TU}. */
  String numberLine(Organization issuer) {
    return PartyDocument.numberLine(number, "CV", issuer);
  }

  /** {@code Hoa Lộc, ngày 5 tháng 3 năm 2026}. */
  String placeAndDate() {
    return PartyDocument.placeAndDate(place, date);
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.strip();
  }
}
