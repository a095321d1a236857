package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.goldenthread.contract.HealthStatus;
import org.junit.jupiter.api.Test;

class GsonProviderTest {
    private static final Annotation[] NONE = new Annotation[0];
    private final GsonProvider provider = new GsonProvider();

    @Test
    void writesContractShapesAsUtf8Json() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        provider.writeTo(HealthStatus.ok("1.2.3 – é"), HealthStatus.class, HealthStatus.class, NONE,
                MediaType.APPLICATION_JSON_TYPE, null, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"ok\",\"version\":\"1.2.3 – é\"}");
    }

    @Test
    void handlesJsonOnly() {
        assertThat(provider.isWriteable(HealthStatus.class, HealthStatus.class, NONE, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(provider.isWriteable(HealthStatus.class, HealthStatus.class, NONE, MediaType.TEXT_HTML_TYPE))
                .isFalse();
        assertThat(provider.isReadable(Map.class, Map.class, NONE, MediaType.valueOf("application/json;charset=UTF-8")))
                .isTrue();
    }

    @Test
    void malformedOrEmptyBodiesAreBadRequestsThatSaySo() {
        assertThatThrownBy(() -> read("{\"action\": "))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("The request body is not valid JSON: ");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("The request body is empty: a JSON object is required");
    }

    @Test
    void readsJsonIntoTheRequestedType() throws Exception {
        assertThat(read("{\"action\":\"submit\"}")).isEqualTo(Map.of("action", "submit"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String json) throws Exception {
        return provider.readFrom((Class) Map.class, Map.class, NONE, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
