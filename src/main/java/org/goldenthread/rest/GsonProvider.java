package org.goldenthread.rest;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.goldenthread.contract.ContractJson;

/** The one JSON mapping of the REST API: every shape in {@code contract} is read and written by Gson here. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    /** Far more than any request the app makes; a bigger body is refused before it is parsed. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Gson gson = ContractJson.gson();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ApiException(413, "too-large", null, "A JSON request body may be at most "
                    + MAX_BYTES / 1024 + " KB");
        }
        Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
        try {
            Object value = gson.fromJson(reader, genericType);
            if (value == null) {
                throw new BadRequestException("The request body is empty: a JSON object is required");
            }
            return value;
        } catch (JsonParseException e) {
            throw new BadRequestException("The request body is not valid JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Writer writer = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        gson.toJson(value, genericType, writer);
        writer.flush();
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
