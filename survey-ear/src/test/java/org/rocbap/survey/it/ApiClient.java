package org.rocbap.survey.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Calls the REST API with a real user's bearer token, obtained the way a browser gets one: Keycloak's
 * login form, the authorization code flow with PKCE, the code exchanged by the {@code survey-web}
 * client. Tokens are cached per user for the test run.
 */
public final class ApiClient {

    /** Access tokens live five minutes in the demo realm; sign in again well before that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private record Token(String value, Instant obtained) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final SurveyStack stack;
    private final String applicationUrl;
    private final String api;
    private final String token;
    private final boolean checked;
    private final Map<String, String> headers;

    private ApiClient(SurveyStack stack, String token, boolean checked) {
        this(stack, token, checked, Map.of());
    }

    private ApiClient(SurveyStack stack, String token, boolean checked, Map<String, String> headers) {
        this(stack, stack.settings().applicationUrl(), token, checked, headers);
    }

    private ApiClient(
            SurveyStack stack, String applicationUrl, String token, boolean checked, Map<String, String> headers) {
        this.stack = stack;
        this.applicationUrl = applicationUrl;
        this.api = applicationUrl + "api/v1/";
        this.token = token;
        this.checked = checked;
        this.headers = headers;
    }

    /** The same client, adding these headers to every request (a personal link's, an idempotency key). */
    public ApiClient with(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(more);
        return new ApiClient(stack, applicationUrl, token, checked, Map.copyOf(all));
    }

    /** The same client, talking to node {@code index} of a cluster itself rather than to the balancer. */
    public ApiClient onNode(int index) {
        return new ApiClient(stack, stack.settings().nodeUrl(index), token, checked, headers);
    }

    /**
     * As a demo user. Every exchange is held against the API's document ({@link ApiContract}): one that
     * does not match fails the test.
     */
    public static ApiClient as(SurveyStack stack, DemoUser user) {
        return new ApiClient(stack, token(stack, user), true);
    }

    /** As a demo user, without holding the exchanges against the document (to read the document). */
    static ApiClient unchecked(SurveyStack stack, DemoUser user) {
        return new ApiClient(stack, token(stack, user), false);
    }

    /** A user's access token (signed in through Keycloak's login page), reused for a few minutes. */
    public static String token(SurveyStack stack, DemoUser user) {
        return TOKENS.compute(
                        user.username,
                        (u, cached) -> cached != null
                                        && cached.obtained().plus(TOKEN_REUSE).isAfter(Instant.now())
                                ? cached
                                : new Token(signIn(stack, user.username, DemoUser.PASSWORD), Instant.now()))
                .value();
    }

    /** The access token of any user of the realm, signed in through Keycloak's login page. */
    public static String token(SurveyStack stack, String username, String password) {
        return signIn(stack, username, password);
    }

    /** With a token obtained, or forged, elsewhere. */
    public static ApiClient withToken(SurveyStack stack, String token) {
        return new ApiClient(stack, token, true);
    }

    /** Without a token, to check what an anonymous caller gets. */
    public static ApiClient anonymous(SurveyStack stack) {
        return new ApiClient(stack, null, true);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), null);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            // A download takes what the file is, as a browser's link does.
            return http.send(
                    request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send(
                request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE(), null);
    }

    /** Any method, with a body of any content type (to see what the API makes of the unexpected). */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(
                request(path)
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body)),
                contentType.startsWith("application/json") ? body : null);
    }

    /** Any method and body, e.g. one sent in chunks without announcing its length. */
    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).method(method, body), null);
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response.body());
    }

    public static JsonStructure json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(api + path)).header("Accept", "application/json");
        headers.forEach(builder::header);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Sends, and holds the exchange against the document; {@code json} is the JSON body sent, if any. */
    private HttpResponse<String> send(HttpRequest.Builder builder, String json) {
        HttpRequest request = builder.build();
        HttpResponse<String> response = exchange(request);
        if (checked) {
            List<String> problems = ApiContract.of(stack).problems(request.method(), request.uri(), json, response);
            if (!problems.isEmpty()) {
                throw new AssertionError("The API and its OpenAPI document disagree:\n  "
                        + String.join("\n  ", problems) + "\n  answer: " + response.body());
            }
        }
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String signIn(SurveyStack stack, String username, String password) {
        try {
            // Keycloak marks its session cookies Secure; browsers send them to http://localhost anyway,
            // java.net.CookieManager does not. So the cookies are carried by hand.
            HttpClient browser = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Map<String, String> cookies = new java.util.LinkedHashMap<>();
            String redirect = stack.settings().applicationUrl() + "signed-in";
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = stack.realmUrl() + "/protocol/openid-connect/auth?"
                    + form(Map.of(
                            "client_id",
                            "survey-web",
                            "response_type",
                            "code",
                            "scope",
                            "openid",
                            "redirect_uri",
                            redirect,
                            "state",
                            "it",
                            "code_challenge",
                            challenge,
                            "code_challenge_method",
                            "S256"));
            HttpResponse<String> form = browser.send(
                    HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString());
            form.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            String page = form.body();
            Matcher action = FORM_ACTION.matcher(page);
            if (!action.find()) {
                throw new IllegalStateException("No Keycloak login form for " + username + ":\n" + page);
            }
            HttpResponse<String> login = browser.send(
                    HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(
                                    "Cookie",
                                    cookies.entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .collect(Collectors.joining("; ")))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form(Map.of("username", username, "password", password))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = login.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("Keycloak did not sign in " + username + " (HTTP "
                            + login.statusCode() + "):\n" + login.body()));
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (!code.find()) {
                throw new IllegalStateException("No authorization code in " + location);
            }
            HttpResponse<String> tokens = browser.send(
                    HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "grant_type",
                                    "authorization_code",
                                    "code",
                                    code.group(1),
                                    "redirect_uri",
                                    redirect,
                                    "client_id",
                                    "survey-web",
                                    "client_secret",
                                    "survey-web-dev-secret",
                                    "code_verifier",
                                    verifier))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return object(tokens).getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
