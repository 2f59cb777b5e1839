package org.alliancecare.notifications.internal.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.alliancecare.notifications.api.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Yunpian's single send, against a local HTTP server that plays its documented API v2 (form fields
 * in, {@code code}/{@code msg}/{@code sid} out, HTTP 400 with the error code) and fails on demand.
 */
class YunpianSmsGatewayTest {

  private static final String PATH = "/v2/sms/single_send.json";
  private static final String APIKEY = "0123456789abcdef0123456789abcdef";
  private static final String SIGNATURE = "【阿克苏医疗联盟】";
  private static final String UYGHUR_AND_CHINESE =
      "ھۆرمەتلىك ئاتا-ئانا، گۈلمىرەنى 12-ئاينىڭ 20-كۈنىگىچە دوختۇرخانىغا ئېلىپ بېرىڭ."
          + " 请于12-20前带古丽米热到温宿县人民医院眼科就诊，转诊单 R-2026-0042。";

  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile int status = 200;
  private volatile String answer = "";
  private volatile boolean hang;

  private HttpServer server;
  private ExecutorService threads;

  @BeforeEach
  void start_the_gateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext(PATH, this::playYunpian);
    server.start();
  }

  @AfterEach
  void stop_the_gateway() throws InterruptedException {
    released.countDown();
    server.stop(0);
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void playYunpian(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        reply(exchange, 405, "{\"code\":11,\"msg\":\"接口不支持GET方式调用\"}");
        return;
      }
      contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
      requests.add(decode(form));
      if (hang) {
        try {
          released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      reply(exchange, status, answer);
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Map<String, String> decode(String form) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private void answerWith(int httpStatus, String json) {
    this.status = httpStatus;
    this.answer = json;
  }

  private void answerWithError(int code) {
    answerWith(
        400,
        "{\"http_status_code\":400,\"code\":"
            + code
            + ",\"msg\":\"错误\",\"detail\":\"同一个手机号 13800138000 ...\"}");
  }

  private YunpianSmsGateway gateway() {
    return new YunpianSmsGateway(
        new YunpianSettings(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH),
            APIKEY,
            SIGNATURE,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1)));
  }

  private static OutgoingMessage sms(String address) {
    return new OutgoingMessage("n-42", Channel.SMS, address, null, UYGHUR_AND_CHINESE, "ug-CN");
  }

  @Test
  void a_sent_message_is_accepted_with_yunpians_sid_and_the_documented_form_fields() {
    answerWith(
        200,
        "{\"code\":0,\"msg\":\"发送成功\",\"count\":1,\"fee\":0.05,\"unit\":\"RMB\","
            + "\"mobile\":\"13800138000\",\"sid\":15085982046}");

    Delivery outcome = gateway().send(sms("+86 138 0013 8000"));

    assertThat(outcome).isEqualTo(new Delivery.Accepted("15085982046"));
    assertThat(requests).hasSize(1);
    Map<String, String> form = requests.get(0);
    assertThat(form)
        .containsEntry("apikey", APIKEY)
        .containsEntry("mobile", "13800138000")
        .containsEntry("text", SIGNATURE + UYGHUR_AND_CHINESE)
        .hasSize(3);
    assertThat(contentTypes.get(0)).startsWith("application/x-www-form-urlencoded");
  }

  @Test
  void a_text_that_carries_the_signature_already_gets_it_once() {
    answerWith(200, "{\"code\":0,\"msg\":\"发送成功\",\"sid\":1}");

    gateway()
        .send(
            new OutgoingMessage(
                "n-43", Channel.SMS, "13800138000", null, SIGNATURE + "请于12-20前就诊", "zh-CN"));

    assertThat(requests.get(0)).containsEntry("text", SIGNATURE + "请于12-20前就诊");
  }

  @Test
  void neither_the_number_nor_the_text_is_logged_but_the_notification_and_outcome_are() {
    answerWith(200, "{\"code\":0,\"msg\":\"发送成功\",\"sid\":15085982046}");
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(YunpianSmsGateway.class.getName());
    logger.addHandler(capture);
    try {
      gateway().send(sms("13800138000"));
      answerWithError(22);
      gateway().send(sms("13800138000"));
    } finally {
      logger.removeHandler(capture);
    }

    assertThat(logged).hasSize(2);
    assertThat(logged).allSatisfy(line -> assertThat(line).contains("n-42"));
    assertThat(String.join("\n", logged))
        .doesNotContain("13800138000")
        .doesNotContain("138 0013")
        .doesNotContain("古丽米热")
        .doesNotContain("گۈلمىرە")
        .doesNotContain(APIKEY)
        .contains("15085982046");
  }

  @Test
  void a_frequency_limit_is_retried() {
    answerWithError(22);

    Delivery outcome = gateway().send(sms("13800138000"));

    assertThat(outcome).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) outcome).reason()).contains("22").doesNotContain("13800138000");
  }

  @Test
  void a_malformed_number_is_refused_for_good() {
    answerWithError(2);

    Delivery outcome = gateway().send(sms("13800138000"));

    assertThat(outcome).isInstanceOf(Delivery.Refused.class);
    assertThat(((Delivery.Refused) outcome).reason()).contains("code 2");
  }

  @ParameterizedTest(name = "Yunpian code {0} is {1}")
  @CsvSource({
    "8, Retry",
    "9, Retry",
    "17, Retry",
    "43, Retry",
    "-4, Retry",
    "-5, Retry",
    "3, Retry",
    "28, Retry",
    "-50, Retry",
    "-51, Retry",
    "-53, Retry",
    "1, Refused",
    "4, Refused",
    "5, Refused",
    "10, Refused",
    "15, Refused",
    "16, Refused",
    "20, Refused",
    "-1, Refused",
    "-2, Refused",
    "-3, Refused",
    "-57, Refused",
    "9999, Retry"
  })
  void yunpians_error_codes_are_classified_as_documented(int code, String kind) {
    answerWithError(code);

    Delivery outcome = gateway().send(sms("13800138000"));

    assertThat(outcome.getClass().getSimpleName()).isEqualTo(kind);
  }

  @Test
  void an_http_500_is_retried() {
    answerWith(500, "<html>Internal Server Error</html>");

    assertThat(gateway().send(sms("13800138000"))).isInstanceOf(Delivery.Retry.class);
  }

  @Test
  void an_http_4xx_without_a_code_is_refused() {
    answerWith(404, "");

    assertThat(gateway().send(sms("13800138000"))).isInstanceOf(Delivery.Refused.class);
  }

  @Test
  void a_gateway_that_hangs_past_the_timeout_is_retried_within_the_timeout() {
    hang = true;
    long start = System.nanoTime();

    Delivery outcome = gateway().send(sms("13800138000"));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(outcome).isEqualTo(new Delivery.Retry("Yunpian did not answer in time"));
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
  }

  @Test
  void a_gateway_that_is_down_is_retried() {
    YunpianSmsGateway gateway = gateway();
    server.stop(0);

    Delivery outcome = gateway.send(sms("13800138000"));

    assertThat(outcome).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) outcome).reason()).startsWith("Yunpian not reached");
  }

  @Test
  void a_number_that_is_not_a_chinese_mobile_is_refused_without_a_call() {
    answerWith(200, "{\"code\":0,\"msg\":\"发送成功\",\"sid\":1}");

    for (String notMobile : List.of("0997-2123456", "+44 7700 900123", "1380013800", "")) {
      assertThat(gateway().send(sms(notMobile)))
          .isEqualTo(new Delivery.Refused("not a mobile number"));
    }
    assertThat(requests).isEmpty();
  }

  @Test
  void sms_is_off_by_default() {
    Senders senders = new Senders(key -> Optional.empty());

    assertThat(senders.of(Channel.SMS)).isEmpty();
    assertThat(senders.of(Channel.EMAIL)).isEmpty();
    assertThat(senders.of(Channel.INBOX)).isEmpty();
  }

  @Test
  void sms_is_off_when_yunpian_has_no_apikey_or_the_gateway_is_unknown() {
    assertThat(new Senders(settings(Map.of("alliancecare.sms.gateway", "yunpian"))).of(Channel.SMS))
        .isEmpty();
    assertThat(
            new Senders(
                    settings(
                        Map.of(
                            "alliancecare.sms.gateway",
                            "carrier-pigeon",
                            "alliancecare.sms.yunpian.apikey",
                            APIKEY)))
                .of(Channel.SMS))
        .isEmpty();
    assertThat(
            new Senders(
                    settings(
                        Map.of(
                            "alliancecare.sms.gateway",
                            "off",
                            "alliancecare.sms.yunpian.apikey",
                            APIKEY)))
                .of(Channel.SMS))
        .isEmpty();
  }

  @Test
  void yunpian_configured_by_its_settings_sends_through_the_configured_url() {
    answerWith(200, "{\"code\":0,\"msg\":\"发送成功\",\"sid\":7}");
    Senders senders =
        new Senders(
            settings(
                Map.of(
                    "alliancecare.sms.gateway",
                    "yunpian",
                    "alliancecare.sms.yunpian.apikey",
                    APIKEY,
                    "alliancecare.sms.yunpian.url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + PATH,
                    "alliancecare.sms.signature",
                    SIGNATURE)));

    Sender sender = senders.of(Channel.SMS).orElseThrow();

    assertThat(sender.channel()).isEqualTo(Channel.SMS);
    assertThat(sender.send(sms("13800138000"))).isEqualTo(new Delivery.Accepted("7"));
    assertThat(requests.get(0)).containsEntry("text", SIGNATURE + UYGHUR_AND_CHINESE);
  }

  private static ChannelSettings settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }
}
