package vn.dondoc.usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who needs help with the app and who gives it, free of the database so the rules can be tested at
 * their edges. Ages are whole years from the birth year to the year of the app snapshot's as-of
 * date (the member database gives no more); a member without a birth year is neither elderly nor
 * young, and only an explicit "no smartphone" counts as such.
 */
final class SupportRules {

  /**
   * A member in activity of the member database, with what the app says of him.
   *
   * @param organizationCode his branch in the member database
   * @param smartphone {@code null} when the file did not say
   * @param accessed the app shows him activated and accessing (never, when the app does not have him)
   */
  record Member(String key, String name, String organizationCode, Integer birthYear, Boolean smartphone,
      boolean accessed) {
  }

  /** A pair to create; {@code helper} is {@code null} when the Youth Union helps. */
  record Proposal(Member member, boolean elderly, boolean noSmartphone, Member helper) {

    HelperKind helperKind() {
      return helper == null ? HelperKind.YOUTH_UNION : HelperKind.MEMBER;
    }
  }

  private final SupportSettings settings;
  private final int year;

  SupportRules(SupportSettings settings, int asOfYear) {
    this.settings = settings;
    this.year = asOfYear;
  }

  boolean elderly(Member member) {
    return member.birthYear() != null && year - member.birthYear() >= settings.elderlyFrom();
  }

  static boolean noSmartphone(Member member) {
    return Boolean.FALSE.equals(member.smartphone());
  }

  boolean needsHelp(Member member) {
    return !member.accessed() && (elderly(member) || noSmartphone(member));
  }

  /**
   * Why this member cannot help someone of {@code branch} who already helps {@code load} members;
   * empty when he can: same branch, uses the app, younger than the limit, below his capacity.
   */
  Optional<String> whyNotHelper(Member helper, String branch, int load) {
    if (!helper.organizationCode().equals(branch)) {
      return Optional.of("không cùng chi bộ (" + helper.organizationCode() + ")");
    }
    if (!helper.accessed()) {
      return Optional.of("chưa truy cập ứng dụng");
    }
    if (helper.birthYear() == null) {
      return Optional.of("CSDL đảng viên không có năm sinh");
    }
    if (year - helper.birthYear() >= settings.helperUnder()) {
      return Optional.of(year - helper.birthYear() + " tuổi, không dưới " + settings.helperUnder() + " tuổi");
    }
    if (load >= settings.helperCapacity()) {
      return Optional.of("đã hỗ trợ " + load + " người, tối đa " + settings.helperCapacity());
    }
    return Optional.empty();
  }

  /**
   * The pairs for the members who need help, the oldest first (those without a birth year last):
   * each gets the member of his branch who may help and helps the fewest so far (then by key), so
   * the work spreads evenly up to each helper's capacity; when there is none, the Youth Union.
   *
   * @param members the members in activity of the subtree
   * @param paired keys of members not to pair now (an open pair, or one closed since the app snapshot)
   * @param load open pairs per helping member, before these
   */
  List<Proposal> propose(List<Member> members, Set<String> paired, Map<String, Integer> load) {
    Map<String, List<Member>> helpers = members.stream()
        .filter(m -> whyNotHelper(m, m.organizationCode(), 0).isEmpty())
        .collect(Collectors.groupingBy(Member::organizationCode));
    Map<String, Integer> helping = new HashMap<>(load);
    List<Proposal> proposals = new ArrayList<>();
    members.stream().filter(this::needsHelp).filter(m -> !paired.contains(m.key()))
        .sorted(Comparator.comparing(Member::birthYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::key))
        .forEach(member -> {
          Member helper = helpers.getOrDefault(member.organizationCode(), List.of()).stream()
              .filter(h -> helping.getOrDefault(h.key(), 0) < settings.helperCapacity())
              .min(Comparator.<Member>comparingInt(h -> helping.getOrDefault(h.key(), 0)).thenComparing(Member::key))
              .orElse(null);
          if (helper != null) {
            helping.merge(helper.key(), 1, Integer::sum);
          }
          proposals.add(new Proposal(member, elderly(member), noSmartphone(member), helper));
        });
    return proposals;
  }
}
