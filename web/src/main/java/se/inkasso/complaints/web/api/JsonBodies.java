package se.inkasso.complaints.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import se.inkasso.complaints.domain.InvalidFieldsException;

/**
 * Reads every request body the resources take as a JSON object, and nothing else: an array, a
 * bare value, nesting deeper than any request has, a body over the size limit, a byte-order mark
 * or anything after the object is a 400 naming the body, never a 500. An empty body is an object without fields, so
 * that each missing field is named. {@link RequestReader} then reads the object into its record.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<JsonObject> {

    /** No request has more than a few levels (a command, its lists, their items). */
    static final int DEEPEST = 8;
    /** The longest texts of a request (8,000 characters each) leave room under this. */
    static final int LARGEST_BYTES = 256 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        byte[] body = entityStream.readNBytes(LARGEST_BYTES + 1);
        if (body.length > LARGEST_BYTES) {
            throw new InvalidFieldsException("body", "body.too-large", LARGEST_BYTES / 1024);
        }
        // JSON is sent without a byte-order mark (RFC 8259); one means a client that writes something else
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            throw new InvalidFieldsException("body", "body.byte-order-mark");
        }
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return object(body);
    }

    private static JsonObject object(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidFieldsException("body", "body.not-object");
            }
            checkDepth(new ByteArrayInputStream(body));
            JsonObject object = parser.getObject();
            if (endsAfter(parser)) {
                return object;
            }
            throw new InvalidFieldsException("body", "body.trailing");
        } catch (JsonParsingException malformed) {
            throw new InvalidFieldsException("body", "body.not-json");
        }
    }

    /** Whether nothing but white space follows the object (the parser refuses anything else as it reads it). */
    private static boolean endsAfter(JsonParser parser) {
        try {
            return !parser.hasNext();
        } catch (JsonParsingException trailing) {
            return false;
        }
    }

    private static void checkDepth(InputStream body) {
        try (JsonParser parser = Json.createParser(body)) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                    if (depth > DEEPEST) {
                        throw new InvalidFieldsException("body", "body.too-deep", DEEPEST);
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
            }
        }
    }
}
