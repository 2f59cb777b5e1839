package org.alliancecare.notifications.internal.channels;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.alliancecare.notifications.api.Channel;

/**
 * SMS through Yunpian (云片), API v2 single send: {@code POST .../v2/sms/single_send.json} with the
 * form fields {@code apikey}, {@code mobile} (domestic form, {@code 13800138000}) and {@code text}
 * (the signature, then the message), UTF-8. Yunpian answers {@code {"code":0, ..., "sid":…}} when
 * it took the message, and HTTP 400 with a non-zero {@code code} when not; {@link YunpianReplyCode}
 * says which of those are worth a retry. HTTP 5xx, 429, timeouts and network errors are retries.
 */
public final class YunpianSmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(YunpianSmsGateway.class.getName());

  private final YunpianSettings settings;
  private final HttpClient client;

  YunpianSmsGateway(YunpianSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String name() {
    return "yunpian";
  }

  @Override
  public Delivery send(OutgoingMessage message) {
    if (message.channel() != Channel.SMS) {
      throw new IllegalArgumentException("not an SMS: " + message.channel());
    }
    Delivery outcome = deliver(message);
    LOG.info(() -> "SMS of notification " + message.notificationId() + ": " + outcome);
    return outcome;
  }

  private Delivery deliver(OutgoingMessage message) {
    Optional<MobileNumber> mobile = MobileNumber.parse(message.address());
    if (mobile.isEmpty()) {
      return new Delivery.Refused("not a mobile number");
    }
    if (message.body() == null || message.body().isBlank()) {
      return new Delivery.Refused("no text");
    }
    HttpRequest request =
        HttpRequest.newBuilder(settings.url())
            .timeout(settings.readTimeout())
            .header("Accept", "application/json;charset=utf-8")
            .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(form(mobile.get(), message.body())))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new Delivery.Retry("Yunpian did not answer in time");
    } catch (IOException e) {
      return new Delivery.Retry("Yunpian not reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery.Retry("interrupted while sending");
    }
    return answer(response.statusCode(), response.body());
  }

  private String form(MobileNumber mobile, String body) {
    String text = body.startsWith(settings.signature()) ? body : settings.signature() + body;
    return "apikey="
        + encode(settings.apikey())
        + "&mobile="
        + encode(mobile.digits())
        + "&text="
        + encode(text);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** What Yunpian's answer means: its {@code code} when there is one, else the HTTP status. */
  static Delivery answer(int status, String body) {
    if (status >= 500 || status == 429) {
      return new Delivery.Retry("Yunpian answered HTTP " + status);
    }
    Optional<JsonObject> json = json(body);
    Optional<Integer> code =
        json.map(o -> o.get("code"))
            .filter(v -> v.getValueType() == JsonValue.ValueType.NUMBER)
            .map(v -> ((JsonNumber) v).intValue());
    if (code.isEmpty()) {
      return status < 300
          ? new Delivery.Retry("Yunpian's answer has no code (HTTP " + status + ")")
          : new Delivery.Refused("Yunpian answered HTTP " + status);
    }
    if (code.get() == 0) {
      return status < 300
          ? new Delivery.Accepted(sid(json.get()).orElse(""))
          : new Delivery.Refused("Yunpian answered HTTP " + status);
    }
    return YunpianReplyCode.failure(code.get());
  }

  private static Optional<JsonObject> json(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(value.asJsonObject())
          : Optional.empty();
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /** Yunpian's message id, a long number ({@code "sid":15085982046}); kept as its digits. */
  private static Optional<String> sid(JsonObject answer) {
    JsonValue sid = answer.get("sid");
    if (sid instanceof JsonNumber) {
      return Optional.of(((JsonNumber) sid).bigDecimalValue().toPlainString());
    }
    if (sid instanceof JsonString) {
      return Optional.of(((JsonString) sid).getString());
    }
    return Optional.empty();
  }
}
