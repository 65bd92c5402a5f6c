package vn.dondoc.inspection;

/** A file as it arrived, before it is checked. */
public record Upload(String fileName, byte[] content) {
}
