package vn.dondoc.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.tabular.Column;
import vn.dondoc.platform.tabular.ImportError;
import vn.dondoc.platform.tabular.Row;
import vn.dondoc.platform.tabular.RowCells;
import vn.dondoc.platform.tabular.Table;
import vn.dondoc.platform.tabular.VietnameseText;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.usage.UsageRows.AppMember;
import vn.dondoc.usage.UsageRows.DatabaseMember;
import vn.dondoc.usage.UsageRows.OrganizationFigures;

/**
 * Checks every row of one usage file against the registry and the snapshot's organisation and time,
 * collecting each problem with its row and column; the caller saves nothing unless none was found.
 */
final class UsageFileParser {

  private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}|\\d{9}");
  private static final Pattern CITIZEN_ID_SEPARATORS = Pattern.compile("[\\s.-]");
  /** The documented wordings only, with or without diacritics: "Miễn nhiệm" is not an exemption. */
  private static final Map<String, Boolean> EXEMPT_BY_STATUS = Map.of(VietnameseText.fold(UsageColumns.IN_ACTIVITY), false,
      VietnameseText.fold(UsageColumns.EXEMPT), true, VietnameseText.fold(UsageColumns.EXEMPT_FROM_WORK), true);
  private static final Map<String, Boolean> PROBATIONARY_BY_TYPE = Map.of(VietnameseText.fold(UsageColumns.OFFICIAL), false,
      VietnameseText.fold(UsageColumns.PROBATIONARY), true);
  private static final int MAX_KEY_LENGTH = 64;
  private static final int MAX_NAME_LENGTH = 255;
  private static final int FIRST_BIRTH_YEAR = 1900;
  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("d/M/yyyy H:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd['T'][ ]H:mm[:ss]"));
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

  private final Organization scope;
  private final Map<String, Organization> organizations;
  private final Predicate<String> registered;
  private final Map<String, Boolean> registeredElsewhere = new HashMap<>();
  private final LocalDateTime asOf;
  private final MemberKeys keys;
  private final List<ImportError> errors = new ArrayList<>();
  private final Map<String, Integer> rowOfKey = new HashMap<>();

  /**
   * @param scope the organisation the snapshot covers: every row must lie under it
   * @param organizations the organisations under it by code, itself included
   * @param registered whether a code not among them is in the registry at all (asked once per code)
   */
  UsageFileParser(Organization scope, Map<String, Organization> organizations, Predicate<String> registered,
      LocalDateTime asOf, MemberKeys keys) {
    this.scope = scope;
    this.organizations = organizations;
    this.registered = registered;
    this.asOf = asOf;
    this.keys = keys;
  }

  List<ImportError> errors() {
    return errors;
  }

  List<AppMember> appMembers(Table table) {
    requireMemberIdentity(table);
    List<AppMember> members = new ArrayList<>(table.rows().size());
    for (Row row : table.rows()) {
      RowCells cells = new RowCells(row, errors);
      String key = memberKey(cells);
      String organization = organization(cells);
      String name = name(cells);
      cells.required(UsageColumns.ACTIVATED);
      boolean activated = cells.yesNo(UsageColumns.ACTIVATED, false);
      LocalDateTime lastAccess = lastAccess(cells);
      int accessCount = cells.requiredCount(UsageColumns.ACCESS_COUNT);
      boolean exempt = cells.yesNo(UsageColumns.APP_EXEMPT, false);
      if (cells.valid()) {
        members.add(new AppMember(key, organization, name, exempt, activated, lastAccess, accessCount));
      }
    }
    return members;
  }

  List<DatabaseMember> databaseMembers(Table table) {
    requireMemberIdentity(table);
    List<DatabaseMember> members = new ArrayList<>(table.rows().size());
    for (Row row : table.rows()) {
      RowCells cells = new RowCells(row, errors);
      String key = memberKey(cells);
      String organization = organization(cells);
      String name = name(cells);
      boolean exempt = exempt(cells);
      Boolean probationary = probationary(cells);
      Integer birthYear = birthYear(cells);
      Boolean ethnicMinority = optionalYesNo(cells, UsageColumns.ETHNIC_MINORITY);
      Boolean smartphone = optionalYesNo(cells, UsageColumns.SMARTPHONE);
      if (cells.valid()) {
        members.add(new DatabaseMember(key, organization, name, exempt, probationary, birthYear, ethnicMinority, smartphone));
      }
    }
    return members;
  }

  List<OrganizationFigures> organizationFigures(Table table) {
    List<OrganizationFigures> figures = new ArrayList<>();
    Map<String, Integer> rowOfOrganization = new HashMap<>();
    for (Row row : table.rows()) {
      RowCells cells = new RowCells(row, errors);
      String organization = organization(cells);
      Integer first = organization == null ? null : rowOfOrganization.putIfAbsent(organization, row.number());
      if (first != null) {
        cells.error(UsageColumns.ORGANIZATION, "Tổ chức \"" + organization + "\" trùng với dòng " + first);
      }
      int members = cells.requiredCount(UsageColumns.MEMBERS);
      int exempt = cells.requiredCount(UsageColumns.EXEMPT_COUNT);
      int activated = cells.requiredCount(UsageColumns.ACTIVATED_COUNT);
      int accessed = cells.requiredCount(UsageColumns.ACCESSED_COUNT);
      int regular = cells.requiredCount(UsageColumns.REGULAR_COUNT);
      if (cells.valid()) {
        checkTotals(cells, members, exempt, activated, accessed, regular);
      }
      if (cells.valid()) {
        figures.add(new OrganizationFigures(organization, members, exempt, activated, accessed, regular));
      }
    }
    checkNotNested(rowOfOrganization);
    return figures;
  }

  private void checkTotals(RowCells cells, int members, int exempt, int activated, int accessed, int regular) {
    int inActivity = members - exempt;
    if (exempt > members) {
      cells.error(UsageColumns.EXEMPT_COUNT, "Số miễn sinh hoạt (" + exempt + ") lớn hơn số đảng viên (" + members + ")");
      return;
    }
    if (activated > inActivity) {
      cells.error(UsageColumns.ACTIVATED_COUNT, "Số đã kích hoạt (" + activated + ") lớn hơn số đảng viên đang sinh hoạt ("
          + inActivity + ")");
    }
    if (accessed > inActivity) {
      cells.error(UsageColumns.ACCESSED_COUNT, "Số đã truy cập (" + accessed + ") lớn hơn số đảng viên đang sinh hoạt ("
          + inActivity + ")");
    }
    if (regular > accessed) {
      cells.error(UsageColumns.REGULAR_COUNT, "Số sử dụng thường xuyên (" + regular + ") lớn hơn số đã truy cập ("
          + accessed + ")");
    }
  }

  /** Aggregates of an organisation and of one below it would count the same members twice in the roll-up. */
  private void checkNotNested(Map<String, Integer> rowOfOrganization) {
    rowOfOrganization.forEach((code, row) -> {
      for (String ancestor : organizations.get(code).path().split("/")) {
        Integer ancestorRow = ancestor.equals(code) ? null : rowOfOrganization.get(ancestor);
        if (ancestorRow != null) {
          errors.add(new ImportError(row, UsageColumns.ORGANIZATION.displayName(), "Tổ chức \"" + code
              + "\" trực thuộc \"" + ancestor + "\" (dòng " + ancestorRow + "): chỉ ghi số liệu của tổ chức không có cấp"
              + " trên trong tệp, để không tính một đảng viên hai lần"));
        }
      }
    });
  }

  /** A member file needs one of the two identifying columns. */
  private void requireMemberIdentity(Table table) {
    List<String> folded = table.headers().stream().map(VietnameseText::fold).toList();
    boolean identified = folded.stream().anyMatch(header -> accepts(UsageColumns.MEMBER_KEY, header)
        || accepts(UsageColumns.CITIZEN_ID, header));
    if (!identified) {
      errors.add(ImportError.ofFile("Thiếu cột \"" + UsageColumns.MEMBER_KEY.displayName() + "\" hoặc cột \""
          + UsageColumns.CITIZEN_ID.displayName() + "\""));
    }
  }

  private static boolean accepts(Column column, String foldedHeader) {
    return column.headers().stream().map(VietnameseText::fold).anyMatch(foldedHeader::equals);
  }

  /** The member key as given (upper case), else the keyed hash of the citizen id; unique in the file. */
  private String memberKey(RowCells cells) {
    String key = cells.text(UsageColumns.MEMBER_KEY).toUpperCase(Locale.ROOT);
    String citizenId = cells.text(UsageColumns.CITIZEN_ID);
    citizenId = citizenId.isEmpty() ? citizenId : CITIZEN_ID_SEPARATORS.matcher(citizenId).replaceAll("");
    Column column = UsageColumns.MEMBER_KEY;
    if (!key.isEmpty()) {
      if (key.length() > MAX_KEY_LENGTH) {
        cells.error(column, "Mã đảng viên dài quá " + MAX_KEY_LENGTH + " ký tự");
        return null;
      }
      // The key is stored as written: a citizen id there would be kept in clear. Not repeated either.
      if (CITIZEN_ID.matcher(CITIZEN_ID_SEPARATORS.matcher(key).replaceAll("")).matches()) {
        cells.error(column, "Mã đảng viên gồm 9 hoặc 12 chữ số như số CCCD/CMND: số CCCD ghi vào cột \""
            + UsageColumns.CITIZEN_ID.displayName() + "\" (được băm, không lưu số) và để trống cột này");
        return null;
      }
    } else if (citizenId.isEmpty()) {
      cells.error(column, "Thiếu mã đảng viên (hoặc số CCCD)");
      return null;
    } else if (!CITIZEN_ID.matcher(citizenId).matches()) {
      // The number itself is not repeated: error messages are logged and shown.
      cells.error(UsageColumns.CITIZEN_ID, "Số CCCD không hợp lệ: phải gồm 12 chữ số (hoặc 9 chữ số CMND)");
      return null;
    } else {
      key = keys.ofCitizenId(citizenId);
      column = UsageColumns.CITIZEN_ID;
    }
    Integer first = rowOfKey.putIfAbsent(key, cells.number());
    if (first != null) {
      String who = column == UsageColumns.MEMBER_KEY ? "Mã đảng viên \"" + key + "\"" : "Số CCCD";
      cells.error(column, who + " trùng với dòng " + first);
    }
    return key;
  }

  /** The code of a registered organisation under the snapshot's, or {@code null} after an error. */
  private String organization(RowCells cells) {
    String code = cells.required(UsageColumns.ORGANIZATION);
    if (code.isEmpty()) {
      return null;
    }
    if (organizations.containsKey(code)) {
      return code;
    }
    if (registeredElsewhere.computeIfAbsent(code, registered::test)) {
      cells.error(UsageColumns.ORGANIZATION, "Tổ chức \"" + code + "\" không thuộc " + scope.name() + " (" + scope.code()
          + ")");
    } else {
      cells.error(UsageColumns.ORGANIZATION, "Mã tổ chức \"" + code + "\" không có trong hệ thống");
    }
    return null;
  }

  private String name(RowCells cells) {
    String name = cells.text(UsageColumns.NAME);
    if (name.length() > MAX_NAME_LENGTH) {
      cells.error(UsageColumns.NAME, "Họ và tên dài quá " + MAX_NAME_LENGTH + " ký tự");
    }
    return name.isEmpty() ? null : name;
  }

  private LocalDateTime lastAccess(RowCells cells) {
    String text = cells.text(UsageColumns.LAST_ACCESS);
    if (text.isEmpty()) {
      return null;
    }
    LocalDateTime time = parseDateTime(text);
    if (time == null) {
      cells.error(UsageColumns.LAST_ACCESS, "\"" + text + "\" không phải ngày giờ: ghi dạng 10/03/2026 17:00");
    } else if (time.isAfter(asOf)) {
      cells.error(UsageColumns.LAST_ACCESS, "Lần truy cập " + text + " ở sau thời điểm số liệu ("
          + VietnameseFormat.moment(asOf) + ")");
    }
    return time;
  }

  /** {@code 10/03/2026 17:00}, {@code 2026-03-10T17:00}, or a date alone (its start). */
  static LocalDateTime parseDateTime(String text) {
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return LocalDateTime.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format).atTime(LocalTime.MIDNIGHT);
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return null;
  }

  private boolean exempt(RowCells cells) {
    String text = cells.required(UsageColumns.STATUS);
    Boolean exempt = EXEMPT_BY_STATUS.get(VietnameseText.fold(text));
    if (exempt == null && !text.isEmpty()) {
      cells.error(UsageColumns.STATUS, "Trạng thái \"" + text + "\" không hợp lệ: ghi \"" + UsageColumns.IN_ACTIVITY
          + "\", \"" + UsageColumns.EXEMPT + "\" hoặc \"" + UsageColumns.EXEMPT_FROM_WORK + "\"");
    }
    return Boolean.TRUE.equals(exempt);
  }

  private static Boolean probationary(RowCells cells) {
    String text = cells.text(UsageColumns.MEMBER_TYPE);
    Boolean probationary = PROBATIONARY_BY_TYPE.get(VietnameseText.fold(text));
    if (probationary == null && !text.isEmpty()) {
      cells.error(UsageColumns.MEMBER_TYPE, "Loại đảng viên \"" + text + "\" không hợp lệ: ghi \"" + UsageColumns.OFFICIAL
          + "\" hoặc \"" + UsageColumns.PROBATIONARY + "\"");
    }
    return probationary;
  }

  private Integer birthYear(RowCells cells) {
    if (cells.text(UsageColumns.BIRTH_YEAR).isEmpty()) {
      return null;
    }
    int year = cells.count(UsageColumns.BIRTH_YEAR);
    if (year >= 0 && (year < FIRST_BIRTH_YEAR || year > asOf.getYear())) {
      cells.error(UsageColumns.BIRTH_YEAR, "Năm sinh " + year + " không hợp lệ: từ " + FIRST_BIRTH_YEAR + " đến "
          + asOf.getYear());
    }
    return year;
  }

  private static Boolean optionalYesNo(RowCells cells, Column column) {
    return cells.text(column).isEmpty() ? null : cells.yesNo(column, false);
  }
}
