package io.cocemu.error;

import io.cocemu.CocClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that Tomcat answers before any Spring code runs still get a Huawei body and a
 * request id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerErrorIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void answersAPathThatIsNotUrlEncodingWithACocBody() {
		String response = new CocClient(this.port).raw("GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400 ")
			.containsPattern("\r\nX-request-id: [0-9a-f]{32}\r\n")
			.containsPattern("\r\nContent-Type: application/json")
			.endsWith("\r\n\r\n{\"error_code\":\"COC.00010002\",\"error_msg\":\"Invalid parameter values.\"}");
	}

	@Test
	void answersARequestForTheErrorPathAsAnUnknownApi() {
		String response = new CocClient(this.port).raw("GET /error HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 404 ")
			.contains("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has not been"
					+ " published in the environment.\",\"request_id\":\"");
	}

	@Test
	void answersTraceWithAGatewayBodyAndItsRequestId() {
		String response = new CocClient(this.port)
			.raw("TRACE /v1/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 405 ");
		String requestId = response.replaceAll("(?s).*\r\nX-request-id: ([0-9a-f]{32})\r\n.*", "$1");
		assertThat(requestId).matches("[0-9a-f]{32}");
		assertThat(response).contains("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has"
				+ " not been published in the environment.\",\"request_id\":\"" + requestId + "\"}");
	}

}
