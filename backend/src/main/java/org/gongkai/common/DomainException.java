package org.gongkai.common;

import java.util.List;

/**
 * A failure the client can act on. Services throw the subclasses; {@link ProblemMapper} alone turns
 * them into problem+json, so resources never build error responses themselves.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    protected DomainException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The thing asked for does not exist. */
    public static class NotFound extends DomainException {
        public NotFound(String what, Object id) {
            super(404, "not-found", "Not found", "No " + what + " with identifier '" + id + "'.", null);
        }
    }

    /** The input is invalid; each offending field is named. */
    public static class InvalidInput extends DomainException {
        public InvalidInput(List<FieldError> errors) {
            super(400, "validation", "Invalid request",
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid.", errors);
        }

        public InvalidInput(String field, String code, String message) {
            this(List.of(new FieldError(field, code, message)));
        }
    }

    /** Well-formed input that breaks a business rule (e.g. the data-quality rules on publish). */
    public static class RuleViolation extends DomainException {
        public RuleViolation(String detail, List<FieldError> errors) {
            super(422, "rule-violation", "Rules not met", detail, errors);
        }
    }

    /** The caller may not do this (wrong role or another department's data). */
    /** A file whose content is not of a type this API accepts, whatever its name says. */
    public static class UnsupportedFileType extends DomainException {
        public UnsupportedFileType(String field, String detail) {
            super(415, "unsupported-file-type", "Unsupported file type", detail, List.of(new FieldError(field, "unsupported-file-type", detail)));
        }
    }

    public static class Forbidden extends DomainException {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail, null);
        }
    }

    /** The request conflicts with the current state of the resource. */
    public static class Conflict extends DomainException {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict", detail, null);
        }
    }

    /** A conditional write named a version that is no longer current (someone else changed it). */
    public static class StaleVersion extends DomainException {
        private final String currentETag;

        /** @param currentETag the version now stored, or null when it cannot be told (e.g. the record is gone) */
        public StaleVersion(String currentETag) {
            super(412, "stale-version", "Changed by someone else",
                    "The item was changed after you loaded it" + (currentETag == null ? "" : "; its current version is " + currentETag)
                            + ". Reload it, reapply your change and send the new ETag in If-Match.",
                    null);
            this.currentETag = currentETag;
        }

        public String currentETag() {
            return currentETag;
        }
    }

    /** A write must say which version it changes (If-Match), so that no update is ever lost. */
    public static class PreconditionRequired extends DomainException {
        public PreconditionRequired() {
            super(428, "precondition-required", "If-Match required",
                    "Send the ETag of the version you edited in the If-Match header.", null);
        }
    }

    /** A service this request depends on is not reachable. */
    public static class Unavailable extends DomainException {
        public Unavailable(String detail) {
            super(503, "unavailable", "Service unavailable", detail, null);
        }
    }
}
