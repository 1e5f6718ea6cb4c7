package io.cocemu.web;

import java.io.IOException;
import java.io.InputStream;

import io.cocemu.error.CocException;
import io.cocemu.error.ErrorCode;
import io.cocemu.error.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads every request record as JSON, whatever the {@code Content-Type} says:
 * {@code curl -d} sends form encoding and the Terraform provider sends
 * {@code application/json} even on bodiless requests, so the real service cannot be
 * relying on it (coc-api.md, section 5.3). It never writes; responses go through Spring's
 * own JSON converter.
 */
final class JsonBodyConverter extends AbstractHttpMessageConverter<Object> {

	private final ObjectReader reader;

	private final RecordBinder binder;

	private final long maxBody;

	JsonBodyConverter(JsonMapper mapper, RecordBinder binder, WebProperties properties) {
		super(MediaType.ALL);
		this.reader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.binder = binder;
		this.maxBody = properties.maxRequestBody().toBytes();
	}

	@Override
	protected boolean supports(Class<?> type) {
		return type.isRecord();
	}

	@Override
	protected boolean canWrite(MediaType mediaType) {
		return false;
	}

	@Override
	protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
		return this.binder.bind(parse(readBody(input)), type);
	}

	@Override
	protected void writeInternal(Object value, HttpOutputMessage output) {
		throw new UnsupportedOperationException("JsonBodyConverter only reads");
	}

	private byte[] readBody(HttpInputMessage input) throws IOException {
		if (input.getHeaders().getContentLength() > this.maxBody) {
			throw tooLarge();
		}
		try (InputStream body = input.getBody()) {
			byte[] bytes = body.readNBytes((int) Math.min(this.maxBody + 1, Integer.MAX_VALUE));
			if (bytes.length > this.maxBody) {
				throw tooLarge();
			}
			return bytes;
		}
	}

	private JsonNode parse(byte[] body) {
		if (!looksLikeUtf8(body)) {
			throw new InvalidParameterException("request body is not valid JSON: it must be encoded in UTF-8");
		}
		try {
			return this.reader.readValue(body);
		}
		catch (StreamConstraintsException ex) {
			throw new InvalidParameterException(
					"request body is not valid JSON: it nests too deeply or holds a value too long" + at(ex));
		}
		catch (StreamReadException ex) {
			throw new InvalidParameterException("request body is not valid JSON: " + ex.getOriginalMessage() + at(ex));
		}
		catch (JacksonException ex) {
			// the parser's own words name Jackson types here, which are not the client's
			// business
			throw new InvalidParameterException("request body is not a single JSON value" + at(ex));
		}
	}

	// Jackson would detect UTF-16 and UTF-32 by their byte order mark or zero bytes and
	// read
	// them; JSON on the wire is UTF-8 (RFC 8259), and so is every client of the real API.
	private static boolean looksLikeUtf8(byte[] body) {
		for (int i = 0; i < Math.min(body.length, 4); i++) {
			if (body[i] == 0) {
				return false;
			}
		}
		return body.length < 2 || !((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
				|| (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
	}

	private static String at(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null) ? " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr())
				: "";
	}

	private CocException tooLarge() {
		return new CocException(ErrorCode.PAYLOAD_TOO_LARGE,
				"Request entity too large: the body may hold at most " + this.maxBody + " bytes.");
	}

}
