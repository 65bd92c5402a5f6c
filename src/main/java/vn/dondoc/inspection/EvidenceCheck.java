package vn.dondoc.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.FieldError;

/** Whether uploaded files may be kept as evidence: not empty, not too large, of an accepted type by content and name. */
@Component
public class EvidenceCheck {

  static final String ACCEPTED = "PDF, JPEG, PNG, DOCX, XLSX";

  private final InspectionSettings settings;

  EvidenceCheck(InspectionSettings settings) {
    this.settings = settings;
  }

  /** The problems of each file, named {@code field[i]}; empty when all may be kept. */
  public List<FieldError> problems(String field, List<Upload> uploads) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      int index = i;
      problem(uploads.get(i)).ifPresent(message -> errors.add(new FieldError(field + "[" + index + "]", message)));
    }
    return errors;
  }

  /** The type a file was recognised as; call after {@link #problems} found none. */
  public EvidenceType typeOf(Upload upload) {
    return EvidenceType.sniff(upload.content()).orElseThrow();
  }

  private Optional<String> problem(Upload upload) {
    String name = upload.fileName() == null || upload.fileName().isBlank() ? "(không tên)" : upload.fileName();
    if (upload.content().length == 0) {
      return Optional.of("Tệp \"" + name + "\" rỗng");
    }
    if (upload.content().length > settings.maxFileSize().toBytes()) {
      return Optional.of("Tệp \"" + name + "\" (" + VietnameseFormat.number(upload.content().length)
          + " byte) vượt quá dung lượng cho phép " + limit(settings.maxFileSize()));
    }
    if (name.length() > 255) {
      return Optional.of("Tên tệp dài quá 255 ký tự");
    }
    Optional<EvidenceType> type = EvidenceType.sniff(upload.content());
    if (type.isEmpty()) {
      return Optional.of("Tệp \"" + name + "\" không phải loại được nhận (chỉ nhận " + ACCEPTED
          + "; nội dung tệp được kiểm tra, không chỉ phần đuôi tên)");
    }
    if (!type.get().named(name)) {
      return Optional.of("Tệp \"" + name + "\" có nội dung " + type.get().name() + " nhưng tên tệp không có đuôi tương ứng");
    }
    return Optional.empty();
  }

  /** "10 MB", or bytes for a limit below a megabyte. */
  private static String limit(DataSize size) {
    return size.toMegabytes() >= 1 && size.toBytes() % (1024 * 1024) == 0
        ? VietnameseFormat.number(size.toMegabytes()) + " MB" : VietnameseFormat.number(size.toBytes()) + " byte";
  }
}
