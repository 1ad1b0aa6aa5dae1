package org.gongkai.common;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends a {@link CacheableResponses.Json} as the bytes it holds. Declared for every type (not just
 * Json) because an endpoint typed {@code RestResponse<Page<X>>} picks its writers by the declared
 * type; this one then takes over when the entity is in fact an already serialised body.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class SerialisedJsonWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CacheableResponses.Json.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(((CacheableResponses.Json<?>) entity).body());
    }
}
