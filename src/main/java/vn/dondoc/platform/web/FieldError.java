package vn.dondoc.platform.web;

/** A field of a request that is wrong, and why, in Vietnamese. */
public record FieldError(String field, String message) {
}
