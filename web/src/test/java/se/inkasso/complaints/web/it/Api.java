package se.inkasso.complaints.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API as an integration sees it: JSON in, status and JSON out. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api at(URL deployment) {
        return new Api(URI.create(deployment.toString()), null);
    }

    /** The application's OpenAPI document, as integrators read it at /openapi (as JSON). */
    static JsonObject openApi(URL deployment) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(deployment.toString()).resolve("/openapi"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET());
        if (reply.status() != 200) {
            throw new IllegalStateException("/openapi answered " + reply.status());
        }
        return reply.object();
    }

    Api as(String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A document (a PDF): its status, type and bytes. */
    Document download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).header("Accept", "application/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Document(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Document(int status, String contentType, byte[] body) {
    }

    Reply post(String path, String json) {
        return post(path, json, null);
    }

    Reply post(String path, String json, String idempotencyKey) {
        return post(path, json, idempotencyKey, null);
    }

    /** A request with a JSON body by any method: POST, PUT. */
    Reply send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with an Idempotency-Key and/or the If-Match version the caller saw, each optional. */
    Reply post(String path, String json, String idempotencyKey, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("api/" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String location, String body) {

        JsonObject object() {
            return (JsonObject) json();
        }

        jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
