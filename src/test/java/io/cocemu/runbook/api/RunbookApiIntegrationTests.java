package io.cocemu.runbook.api;

import java.net.http.HttpResponse;

import io.cocemu.CocClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The atomics of the COC API and the emulator's runbook check, over real HTTP, in the
 * default (lenient) mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunbookApiIntegrationTests {

	private static final String ALL_ATOMICS = """
			{"data": [
			  {"atomic_unique_key": "coc_step_pause", "atomic_name_zh": "暂停", "atomic_name_en": "pause", "tags": ["FUNCTION"]},
			  {"atomic_unique_key": "coc_step_loop", "atomic_name_zh": "循环", "atomic_name_en": "loop", "tags": ["FUNCTION"]},
			  {"atomic_unique_key": "coc_step_branch", "atomic_name_zh": "分支", "atomic_name_en": "branch", "tags": ["FUNCTION"]},
			  {"atomic_unique_key": "execute_api", "atomic_name_zh": "执行API", "atomic_name_en": "execute API", "tags": ["CLOUD_API"]},
			  {"atomic_unique_key": "coc_step_sleep", "atomic_name_zh": "睡眠", "atomic_name_en": "sleep", "tags": ["FUNCTION"]},
			  {"atomic_unique_key": "custom_script_execute", "atomic_name_zh": "自定义脚本执行", "atomic_name_en": "custom script execute", "tags": ["CLOUD_API"]}],
			 "total": 6}""";

	@LocalServerPort
	int port;

	CocClient client;

	@BeforeEach
	void connect() {
		this.client = new CocClient(this.port);
	}

	@Test
	void listsEveryAtomicWithoutALimit() {
		assertJson(this.client.get("/v1/atomics"), 200, ALL_ATOMICS);
	}

	@Test
	void pagesAtomicsWithLimitAndOffsetAsText() {
		assertJson(this.client.get("/v1/atomics?limit=2&offset=4"), 200,
				"""
						{"data": [
						  {"atomic_unique_key": "coc_step_sleep", "atomic_name_zh": "睡眠", "atomic_name_en": "sleep", "tags": ["FUNCTION"]},
						  {"atomic_unique_key": "custom_script_execute", "atomic_name_zh": "自定义脚本执行", "atomic_name_en": "custom script execute", "tags": ["CLOUD_API"]}],
						 "total": 6}""");
		assertJson(this.client.get("/v1/atomics?offset=6"), 200, """
				{"data": [], "total": 6}""");
		assertJson(this.client.get("/v1/atomics?limit=zero"), 400, """
				{"error_code": "COC.00010002", "error_msg": "limit must be a whole number from 1 to 1000"}""");
	}

	@Test
	void showsTheSleepAtomicWithEveryLimitOfItsInput() {
		assertJson(this.client.get("/v1/atomics/coc_step_sleep"), 200, """
				{"data": {"atomic_unique_key": "coc_step_sleep", "atomic_name_zh": "睡眠", "atomic_name_en": "sleep",
				  "tags": ["FUNCTION"],
				  "inputs": [{"param_key": "sleep_time", "param_name_zh": "睡眠时间", "param_name_en": "sleep time",
				              "required": true, "param_type": "CONSTANT", "min": 1, "max": 3600, "min_len": 1,
				              "max_len": 4, "pattern": "^[0-9]+$"}],
				  "outputs": {"supported": false, "type": "String"}}}""");
	}

	@Test
	void leavesOutTheLimitsThatDoNotApply() {
		assertJson(this.client.get("/v1/atomics/coc_step_branch"), 200, """
				{"data": {"atomic_unique_key": "coc_step_branch", "atomic_name_zh": "分支", "atomic_name_en": "branch",
				  "tags": ["FUNCTION"],
				  "inputs": [{"param_key": "condition", "param_name_zh": "分支条件", "param_name_en": "condition",
				              "required": true, "param_type": "CONSTANT", "min_len": 1, "max_len": 1024}],
				  "outputs": {"supported": false, "type": "String"}}}""");
	}

	@Test
	void answersAnUnknownAtomicWithAnInvalidParameter() {
		assertJson(this.client.get("/v1/atomics/coc_step_dance"), 400,
				"""
						{"error_code": "COC.00010002",
						 "error_msg": "atomic_unique_key coc_step_dance is not one of coc_step_pause, coc_step_loop, coc_step_branch, execute_api, coc_step_sleep, custom_script_execute"}""");
	}

	@Test
	void checksARunbookWithoutStoringIt() {
		assertJson(this.client.post("/_emulator/runbooks/check",
				"""
						{"content": "meta:\\n  name: n\\n  schemaVersion: 2\\n  description: \\"\\"\\ninputs: {}\\nsteps:\\n  - name: s\\n    task: hwc:runbook:suspend@1.0.0\\n    inputs: {wait: 1}\\n"}"""),
				200, """
						{"valid": false, "findings": [
						  {"severity": "ERROR", "code": "schema-version", "line": 3, "column": 18,
						   "message": "meta.schemaVersion must be 3, the only schema version, but is 2"},
						  {"severity": "WARNING", "code": "unknown-input", "line": 9, "column": 14,
						   "message": "step s: coc_step_pause has no input wait; its inputs: "}]}""");
		assertJson(this.client.post("/_emulator/runbooks/check", "{\"content\": \"test\"}"), 200, """
				{"valid": false, "findings": [
				  {"severity": "ERROR", "code": "structure", "line": 1, "column": 1,
				   "message": "a runbook must be a mapping with meta, inputs and steps, but is a string"}]}""");
	}

	@Test
	void passesTheDocumentedExample() {
		assertJson(this.client.post("/_emulator/runbooks/check",
				"""
						{"content": "meta:\\n  name: test_document\\n  schemaVersion: 3\\n  description: \\"\\"\\ninputs: {}\\nsteps:\\n  - name: pause\\n    description: pause\\n    task: hwc:runbook:suspend@1.0.0\\n    inputs: {}\\n    outputs: []"}"""),
				200, """
						{"valid": true, "findings": []}""");
	}

	@Test
	void needsContentToCheck() {
		assertJson(this.client.post("/_emulator/runbooks/check", "{}"), 400, """
				{"error_code": "COC.00010002", "error_msg": "content must not be null"}""");
	}

	private static void assertJson(HttpResponse<String> response, int status, String json) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(json, response.body());
	}

}
