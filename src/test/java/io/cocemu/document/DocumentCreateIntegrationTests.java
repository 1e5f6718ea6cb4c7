package io.cocemu.document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cocemu.CocClient;
import io.cocemu.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentCreateIntegrationTests {

	private static final Pattern CREATED = Pattern.compile("\\{\"data\":\"(DM\\d{14}[0-9A-Za-z]{3,12})\"}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	CocClient client;

	@BeforeEach
	void connect() {
		this.client = new CocClient(this.port);
	}

	@Test
	void storesTheDocumentedExampleWithWhatLaterOperationsNeed() {
		long before = System.currentTimeMillis();
		HttpResponse<String> response = this.client.post("/v1/documents", Examples.CREATE_BODY, "X-Domain-Id",
				"domain-a");

		assertThat(response.statusCode()).isEqualTo(200);
		String id = createdId(response);
		Map<String, Object> row = this.jdbc.queryForMap("select * from document where document_id = ?", id);
		assertThat(row).containsEntry("TENANT_ID", "domain-a")
			.containsEntry("NAME", "test_document")
			.containsEntry("DESCRIPTION", "")
			.containsEntry("ENTERPRISE_PROJECT_ID", "0")
			.containsEntry("RISK_LEVEL", "LOW")
			.containsEntry("CREATOR", "COC-emulator")
			.containsEntry("MODIFIER", null)
			.containsEntry("LATEST_VERSION", 1);
		long created = (Long) row.get("CREATE_TIME");
		assertThat(created).isBetween(before, System.currentTimeMillis());
		assertThat(row.get("UPDATE_TIME")).isEqualTo(created);
		Map<String, Object> version = this.jdbc.queryForMap("select * from document_version where document_id = ?", id);
		assertThat(version).containsEntry("VERSION", 1)
			.containsEntry("CONTENT", Examples.CONTENT)
			.containsEntry("NAME", "test_document")
			.containsEntry("RISK_LEVEL", "LOW")
			.containsEntry("CREATE_TIME", created);
		assertThat((String) version.get("VERSION_UUID")).matches("[0-9a-f]{32}");
	}

	@Test
	void keepsTagsInOrderAndTheTenantOfTheProjectHeader() {
		String body = """
				{"name":"tagged","content":"test","enterprise_project_id":"0","risk_level":"HIGH",
				 "tags":[{"key":"key1","value":"value1"},{"value":"only-value"}]}""";
		String id = createdId(this.client.post("/v1/documents", body, "X-Project-Id", "project-b"));

		assertThat(this.jdbc.queryForObject("select tenant_id from document where document_id = ?", String.class, id))
			.isEqualTo("project-b");
		assertThat(this.jdbc.queryForList(
				"select position, tag_key, tag_value from document_tag where document_id = ? order by position", id))
			.containsExactly(Map.of("POSITION", 0, "TAG_KEY", "key1", "TAG_VALUE", "value1"), nullKeyTag("only-value"));
	}

	@Test
	void usesTheDefaultTenantWithoutHeaders() {
		String id = createdId(this.client.post("/v1/documents", Examples.CREATE_BODY));
		assertThat(this.jdbc.queryForObject("select tenant_id from document where document_id = ?", String.class, id))
			.isEqualTo("default");
	}

	@Test
	void storesNamesOfTheFullLengthOutsideTheBasicPlane() {
		String name = "\uD83D\uDE00".repeat(128);
		String body = """
				{"name":"%s","content":"test","enterprise_project_id":"%s","risk_level":"LOW"}""".formatted(name, name);
		String id = createdId(this.client.post("/v1/documents", body));
		assertThat(this.jdbc.queryForObject("select name from document where document_id = ?", String.class, id))
			.isEqualTo(name);
	}

	@Test
	void readsAFormEncodedBodyAsTheJsonItIs() {
		String body = """
				{"name":"a&b=c+d%20e","content":"test","enterprise_project_id":"0","risk_level":"LOW"}""";
		String id = createdId(
				this.client.post("/v1/documents", body, "Content-Type", "application/x-www-form-urlencoded"));
		assertThat(this.jdbc.queryForObject("select name from document where document_id = ?", String.class, id))
			.isEqualTo("a&b=c+d%20e");
	}

	@Test
	void rejectsAChunkedBodyOverTheLimitWith413() {
		String chunk = " ".repeat(64 * 1024);
		StringBuilder request = new StringBuilder("POST /v1/documents HTTP/1.1\r\nHost: x\r\n"
				+ "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
		for (int i = 0; i < 17; i++) {
			request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		request.append("0\r\n\r\n");

		String response = this.client.raw(request.toString());

		assertThat(response).startsWith("HTTP/1.1 413 ")
			.containsPattern("\"error_code\":\"APIGW.0201\",\"error_msg\":\"Request entity too large: the body may hold"
					+ " at most 1048576 bytes.\",\"request_id\":\"[0-9a-f]{32}\"");
	}

	@Test
	void rejectsContentOverTheLimitSayingLimitAndSize() {
		String body = """
				{"name":"big","content":"%s","enterprise_project_id":"0","risk_level":"LOW"}"""
			.formatted("a".repeat(65537));
		assertError(this.client.post("/v1/documents", body), 400, """
				{"error_code":"COC.00010002","error_msg":"content must be at most 65536 characters, but has 65537"}""");
	}

	@Test
	void acceptsContentOfExactlyTheLimit() {
		String body = """
				{"name":"big","content":"%s","enterprise_project_id":"0","risk_level":"LOW"}"""
			.formatted("a".repeat(65536));
		assertThat(this.client.post("/v1/documents", body).statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsYamlThatDoesNotParseWithLineAndColumn() {
		String body = """
				{"name":"bad","content":"meta:\\n  name: [a\\nsteps: []","enterprise_project_id":"0","risk_level":"LOW"}""";
		assertError(this.client.post("/v1/documents", body), 400, """
				{"error_code":"COC.00010002",
				 "error_msg":"content is not valid YAML: expected ',' or ']', but got : at line 3, column 6"}""");
	}

	@Test
	void rejectsBillionLaughsAndStaysHealthy() {
		StringBuilder laughs = new StringBuilder(
				"a0: &a0 [\\\"lol\\\",\\\"lol\\\",\\\"lol\\\",\\\"lol\\\",\\\"lol\\\"]\\n");
		for (int level = 1; level < 10; level++) {
			String previous = "*a" + (level - 1);
			laughs.append("a%d: &a%d [%s]\\n".formatted(level, level, String.join(",", List.of(previous, previous,
					previous, previous, previous, previous, previous, previous, previous, previous))));
		}
		String body = """
				{"name":"lol","content":"%s","enterprise_project_id":"0","risk_level":"LOW"}""".formatted(laughs);
		assertError(this.client.post("/v1/documents", body), 400, """
				{"error_code":"COC.00010002",
				 "error_msg":"content is not valid YAML: more than 50 aliases to collections at line 7, column 10"}""");
		assertThat(this.client.post("/v1/documents", Examples.CREATE_BODY).statusCode()).isEqualTo(200);
	}

	@Test
	void givesConcurrentCreatesDistinctIdsAndStoresThemAll() throws Exception {
		Set<String> ids = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (int t = 0; t < 16; t++) {
				tasks.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						ids.add(createdId(
								this.client.post("/v1/documents", Examples.CREATE_BODY, "X-Domain-Id", "crowd")));
					}
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ids).hasSize(400);
		assertThat(this.jdbc.queryForObject("select count(*) from document where tenant_id = 'crowd'", Integer.class))
			.isEqualTo(400);
	}

	@Test
	void answersAnUnknownPathWithTheGatewayErrorAndItsRequestId() {
		HttpResponse<String> response = this.client.get("/v2/unknown");
		String requestId = response.headers().firstValue("X-request-id").orElseThrow();
		assertError(response, 404, """
				{"error_code":"APIGW.0101",
				 "error_msg":"The API does not exist or has not been published in the environment.",
				 "request_id":"%s"}""".formatted(requestId));
	}

	@Test
	void spellsTheRequestIdHeaderExactlyAsTheJavaSdkReadsIt() throws Exception {
		for (String request : List.of("POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + Examples.CREATE_BODY.getBytes(StandardCharsets.UTF_8).length
				+ "\r\nConnection: close\r\n\r\n" + Examples.CREATE_BODY,
				"GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
			String response = this.client.raw(request);
			assertThat(response).containsPattern("\r\nX-request-id: [0-9a-f]{32}\r\n");
			assertThat(response.toLowerCase().split("\r\nx-request-id:", -1)).as("one request id header").hasSize(2);
		}
	}

	private static Map<String, Object> nullKeyTag(String value) {
		Map<String, Object> tag = new HashMap<>();
		tag.put("POSITION", 1);
		tag.put("TAG_KEY", null);
		tag.put("TAG_VALUE", value);
		return tag;
	}

	static String createdId(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-request-id"))
			.hasValueSatisfying((id) -> assertThat(id).matches("[0-9a-f]{32}"));
		Matcher matcher = CREATED.matcher(response.body());
		assertThat(matcher.matches()).as(response.body()).isTrue();
		return matcher.group(1);
	}

	private static void assertError(HttpResponse<String> response, int status, String json) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(json, response.body());
	}

}
