package org.rocbap.survey.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.stack.SurveyStack;

/** What the development SMTP server received for one address, read through its web API. */
final class Mailbox {

    private static final Pattern LINK =
            Pattern.compile("(http\\S+/answer/questionnaire\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One received mail, decoded: its text, and the files it carries by name. */
    record Received(String subject, String body, String event, Map<String, String> attachments) {

        /** The personal link the mail carries. */
        String link() {
            Matcher m = LINK.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No personal link in: " + body);
            }
            return m.group(1);
        }
    }

    /** The same link's full Faces questionnaire, which the page it opens links to for projects and in-house workshops. */
    static String fullPage(String link) {
        return link.replace("/answer/questionnaire.xhtml?", "/answer/full.xhtml?");
    }

    private final SurveyStack stack;
    private final String address;

    Mailbox(SurveyStack stack, String address) {
        this.stack = stack;
        this.address = address;
    }

    List<Received> messages() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.settings().mailApiUrl() + "api/user/"
                                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // GreenMail knows an address once mail reached it.
                return List.of();
            }
            JsonArray messages = ApiClient.json(response.body()).asJsonArray();
            return messages.getValuesAs(JsonObject.class).stream()
                    .map(m -> decode(m.getString("mimeMessage")))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (the application delivers every few seconds) until a mail matching {@code which} is there. */
    Received await(Predicate<Received> which, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (Received received : messages()) {
                if (which.test(received)) {
                    return received;
                }
            }
            pause();
        }
        throw new AssertionError(address + " never received " + what + "; it has " + messages());
    }

    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Received decode(String mime) {
        try {
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
            String body;
            Map<String, String> attachments = new LinkedHashMap<>();
            if (message.getContent() instanceof Multipart parts) {
                body = String.valueOf(parts.getBodyPart(0).getContent());
                for (int i = 1; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    attachments.put(
                            part.getFileName(),
                            new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            } else {
                body = String.valueOf(message.getContent());
            }
            return new Received(
                    message.getSubject(),
                    body.replace("\r\n", "\n"),
                    message.getHeader("X-Survey-Event", null),
                    attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Not a mail: " + mime, e);
        }
    }
}
