package org.gongkai.common;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;

/**
 * The one place where failures become responses: always application/problem+json (RFC 9457), with
 * the offending fields for invalid input, and never a stack trace or an internal class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Seconds a client should wait before retrying while a service we depend on is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final StoredVersions versions;

    public ProblemMapper(StoredVersions versions) {
        this.versions = versions;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Response.ResponseBuilder response = build(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
        if (e instanceof DomainException.StaleVersion stale && stale.currentETag() != null) {
            response.tag(EntityTags.parse(stale.currentETag()));
        }
        if (e.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), "invalid", violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return domain(new DomainException.InvalidInput(errors), uri);
    }

    @ServerExceptionMapper({ UnrecognizedPropertyException.class, InvalidFormatException.class, MismatchedInputException.class })
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message;
        String code;
        if (e instanceof UnrecognizedPropertyException unknown) {
            code = "unknown-field";
            message = "Unknown field '" + unknown.getPropertyName() + "'.";
        } else if (e instanceof ControlCharacters.InvalidCharacterException) {
            code = "invalid-character";
            message = e.getOriginalMessage();
        } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            code = "null-element";
            message = "Must not be null.";
        } else {
            code = "wrong-type";
            String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            message = "Wrong type: expected " + expected + ".";
        }
        return domain(new DomainException.InvalidInput(field.isEmpty() ? "body" : field, code, message), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return domain(new DomainException.InvalidInput("body", "malformed-json",
                "The request body is not valid JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")."), uri);
    }

    /**
     * Two writers passed the If-Match check at the same time and the other one committed first: Hibernate's
     * version check at flush refused this one. That is the same situation as a stale If-Match, so it gets
     * the same 412, with the ETag of the version now stored (read in a fresh session: this request's
     * session holds the stale state).
     */
    @ServerExceptionMapper({ jakarta.persistence.OptimisticLockException.class, StaleStateException.class })
    public Uni<Response> lostRace(Exception e, UriInfo uri) {
        StaleObjectStateException stale = causeOfType(e, StaleObjectStateException.class);
        Uni<Object> current = stale == null || stale.getIdentifier() == null ? Uni.createFrom().nullItem()
                : versions.of(stale.getEntityName(), stale.getIdentifier());
        return current.map(version -> domain(new DomainException.StaleVersion(
                version == null ? null : EntityTags.ofVersion(((Number) version).longValue())), uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (identityProviderUnreachable(e)) {
            LOG.warn("Identity provider unreachable: " + e.getMessage());
            return identityUnavailable(uri);
        }
        return unauthenticated(uri);
    }

    /** Keycloak cannot be reached to check a token (its keys or discovery document are unavailable). */
    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warn("Identity provider unreachable: " + e.getMessage());
        return identityUnavailable(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return domain(new DomainException.Forbidden("Your role does not allow this."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps some parse failures (e.g. a truncated body) in a plain 400
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return unreadableField(mismatch, uri);
            }
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot produce the requested media type; ask for application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> Response.Status.fromStatusCode(status) == null ? "Request failed." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return build(status, "http-" + status, title, detail, uri, null).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String state = DatabaseFailures.sqlState(e);
        if (state != null && state.startsWith("23")) {
            // a unique or foreign key the service did not check first (e.g. two departments of one name)
            LOG.infof("Integrity constraint on %s: %s", uri.getPath(), DatabaseFailures.describe(e));
            return domain(new DomainException.Conflict("This conflicts with an existing record (" + DatabaseFailures.constraint(e) + ")."), uri);
        }
        if (state != null && state.startsWith("22")) {
            // a value PostgreSQL cannot store (too long, out of range) that validation let through
            LOG.infof("Data exception on %s: %s", uri.getPath(), DatabaseFailures.describe(e));
            return domain(new DomainException.InvalidInput("body", "not-storable", "A value cannot be stored as given."), uri);
        }
        if (DatabaseFailures.unreachable(e)) {
            // an outage, not a bug: say so, and when to come back (readiness is DOWN meanwhile)
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), DatabaseFailures.describe(e));
            return domain(new DomainException.Unavailable("The database is not reachable at the moment; "
                    + "nothing was changed. Try again in a few seconds."), uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, uri.getPath());
        return build(500, "internal", "Internal error",
                "Something went wrong on our side; it has been logged with reference " + reference + ".", uri, null).build();
    }

    private Response identityUnavailable(UriInfo uri) {
        return domain(new DomainException.Unavailable("The identity service is not reachable, so signed-in requests cannot be "
                + "checked now. Public pages keep working; try again shortly."), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return build(401, "unauthenticated", "Sign-in required",
                "This operation needs a valid access token from the city's identity service (Authorization: Bearer ...).", uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response.ResponseBuilder build(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean identityProviderUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof java.net.ConnectException || name.endsWith("OIDCException") || name.contains("ConnectException")
                    || t instanceof java.util.concurrent.TimeoutException || name.contains("TimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** "saveDraft.body.handling.visits" -> "handling.visits"; a query parameter keeps its name. */
    private static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (field.length() > 0 && !isBodyParameter(field)) {
                field.append('.');
            } else if (isBodyParameter(field)) {
                field.setLength(0);
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean isBodyParameter(StringBuilder field) {
        String f = field.toString();
        return f.equals("body");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
