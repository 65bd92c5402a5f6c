package vn.dondoc.organization;

/** A person in role named by an import: the user id they log in with, their name and e-mail if given. */
public record Person(String userId, String fullName, String email) {
}
