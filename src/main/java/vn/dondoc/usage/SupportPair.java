package vn.dondoc.usage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A member who needs help with the app, who helps him and what came of it, as the API answers it.
 *
 * @param memberKey as the member database snapshot stores it ({@code cccd:} and a keyed hash for a citizen id)
 * @param organizationCode the member's branch in the member database
 * @param needs why he needs help, in Vietnamese
 * @param missingFromApp he has no account on the app yet (not in the app's statistics the pair came
 *     from, nor in any later): his helper must first have it created
 * @param helperMemberKey the helping member's key when {@code helperKind} is {@code MEMBER}
 * @param assignedAt Vietnam's wall-clock time, as {@code outcomeAt}
 * @param confirmedBySnapshotId the newer app snapshot that showed the member accessing, when it set the outcome
 */
record SupportPair(long id, String memberKey, String memberName, String organizationCode, String organizationName,
    Integer birthYear, boolean elderly, boolean noSmartphone, String needs, boolean missingFromApp, HelperKind helperKind,
    String helperKindLabel,
    String helperMemberKey, String helperName, long databaseSnapshotId, long appSnapshotId, String assignedBy,
    LocalDateTime assignedAt, SupportOutcome outcome, String outcomeLabel, String outcomeReason, String outcomeBy,
    LocalDateTime outcomeAt, Long confirmedBySnapshotId) {

  static String needs(boolean elderly, boolean noSmartphone) {
    List<String> reasons = new ArrayList<>();
    if (elderly) {
      reasons.add("Cao tuổi");
    }
    if (noSmartphone) {
      reasons.add("Không có điện thoại thông minh");
    }
    return String.join(", ", reasons);
  }

  boolean open() {
    return outcome == SupportOutcome.PENDING;
  }
}
