package org.assessor.web.security;

/**
 * A user name as typed at sign-in, fit to keep in the audit log, the application log and the throttle's
 * memory: surrounding blanks gone (the form drops them too), control characters (a forged line break in
 * the log) shown as {@code ?}, and at most {@value #MAX} characters, so a megabyte typed into the form is
 * not stored as such. Real user names are far shorter.
 */
final class TypedName {
    static final int MAX = 100;

    private TypedName() {
    }

    static String of(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\p{Cntrl}", "?");
        return name.length() <= MAX ? name : name.substring(0, MAX) + "…";
    }
}
