package io.cocemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A client of a running emulator over real HTTP, as the SDKs and Terraform are.
 */
public final class CocClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String base;

	public CocClient(int port) {
		this.port = port;
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> post(String path, String json, String... headers) {
		return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> put(String path, String json, String... headers) {
		return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Sends a DELETE as the Terraform provider does: no body, but a JSON content type.
	 * @param path the path
	 * @param headers more headers, name then value
	 * @return the response
	 */
	public HttpResponse<String> delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	/**
	 * Sends bytes as they are, for requests an HTTP client refuses to make, and returns
	 * the whole response with the header names as sent.
	 * @param request the request, head and body
	 * @return the response
	 */
	public String raw(String request) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Polls until the service answers its health check, or the deadline passes.
	 * @param deadline how long to wait at most
	 */
	public void awaitHealthy(Duration deadline) {
		Instant giveUp = Instant.now().plus(deadline);
		while (Instant.now().isBefore(giveUp)) {
			try {
				if (this.http
					.send(HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause();
		}
		throw new IllegalStateException("Not healthy within " + deadline + ": " + this.base);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
