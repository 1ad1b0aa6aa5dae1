package org.gongkai.common;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * No control character other than tab, line feed and carriage return enters the application, from any
 * path or query parameter or any string in a JSON body: PostgreSQL refuses NUL in text (a 500 before
 * this), and the others have no business in a government guide. One filter for every parameter and one
 * Jackson deserializer for every body string, so new endpoints are covered without doing anything.
 */
public class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first forbidden character of the text, or -1. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    static String message(int c) {
        return String.format("Control character U+%04X is not allowed (only tab, line feed and carriage return).", c);
    }

    /** Path and query parameters, by their names, before any resource parses them. */
    public static class Parameters {

        @ServerRequestFilter
        public void rejectControlCharacters(UriInfo uri) {
            check(uri.getPathParameters(true));
            check(uri.getQueryParameters(true));
        }

        private static void check(MultivaluedMap<String, String> parameters) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                for (String value : parameter.getValue()) {
                    int c = value == null ? -1 : firstForbidden(value);
                    if (c >= 0) {
                        throw new DomainException.InvalidInput(parameter.getKey(), "invalid-character", message(c));
                    }
                }
            }
        }
    }

    /** A body string with a forbidden character; {@link ProblemMapper} names the field it was in. */
    public static class InvalidCharacterException extends MismatchedInputException {
        InvalidCharacterException(JsonParser parser, int c) {
            super(parser, message(c), String.class);
        }
    }

    /** Every string of every JSON body, in any record, list or nested object; and no null list elements. */
    @Singleton
    public static class JsonStrings implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("gongkai-control-characters").addDeserializer(String.class, new StrictStrings()));
            // a null element in a list ([null]) is never meant and reached the services as a null record (a 500).
            // Only typed list properties: the same mapper reads untyped JSON (Map) for Vert.x, where null stays null.
            for (Class<?> list : List.of(List.class, java.util.Set.class, java.util.Collection.class)) {
                mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
            }
        }
    }

    static class StrictStrings extends StdScalarDeserializer<String> {

        StrictStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            int c = value == null ? -1 : firstForbidden(value);
            if (c >= 0) {
                throw new InvalidCharacterException(parser, c);
            }
            return value;
        }
    }
}
