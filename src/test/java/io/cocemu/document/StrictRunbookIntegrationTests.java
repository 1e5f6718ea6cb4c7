package io.cocemu.document;

import java.net.http.HttpResponse;

import io.cocemu.CocClient;
import io.cocemu.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code cocemu.runbook.validation=strict}, create and update refuse runbooks with
 * errors and name every error; warnings pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cocemu.runbook.validation=strict")
class StrictRunbookIntegrationTests {

	@LocalServerPort
	int port;

	CocClient client;

	@BeforeEach
	void connect() {
		this.client = new CocClient(this.port);
	}

	@Test
	void acceptsTheDocumentedExample() {
		assertThat(this.client.post("/v1/documents", Examples.CREATE_BODY).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesContentTheRealServiceWouldAccept() {
		assertError(this.client.post("/v1/documents", """
				{"name":"n","content":"test","enterprise_project_id":"0","risk_level":"LOW"}"""),
				"""
						{"error_code": "COC.00010002",
						 "error_msg": "content line 1, column 1: a runbook must be a mapping with meta, inputs and steps, but is a string (structure)"}""");
	}

	@Test
	void namesEveryErrorOfAnUpdateButNoWarning() {
		HttpResponse<String> created = this.client.post("/v1/documents", Examples.CREATE_BODY);
		String id = DocumentCreateIntegrationTests.createdId(created);

		assertError(this.client.put("/v1/documents/" + id,
				"""
						{"name":"n","content":"meta:\\n  name: n\\n  schemaVersion: 3\\n  description: \\"\\"\\ninputs: {}\\nsteps:\\n  - name: s\\n    task: hwc:runbook:sleep@1.0.0\\n    inputs: {sleep_time: 0, extra: 1}\\n  - name: s\\n    task: hwc:runbook:suspend@1.0.0\\n"}"""),
				"""
						{"error_code": "COC.00010002",
						 "error_msg": "content line 9, column 26: step s: input sleep_time must be from 1 to 3600, but is 0 (invalid-input) | content line 10, column 11: step name s is used by an earlier step (duplicate-step)"}""");
	}

	private static void assertError(HttpResponse<String> response, String json) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(json, response.body());
	}

}
