package io.cocemu.document;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cocemu.CocClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job lifecycle over real HTTP, in the sequences the Terraform provider sends: its
 * {@code huaweicloud_coc_document} resource and its {@code huaweicloud_coc_documents}
 * data source (coc-api.md, sections 9.1 and 9.2). Each test works in a tenant of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentLifecycleIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	CocClient client;

	String tenant;

	@BeforeEach
	void connect() {
		this.client = new CocClient(this.port);
		this.tenant = "domain-" + UUID.randomUUID();
	}

	@Test
	void followsTheProvidersResourceLifecycle() {
		// Given the provider's create
		String id = create("""
				{"name":"tf_doc","content":"test","enterprise_project_id":"0","risk_level":"LOW",
				 "tags":[{"key":"key1","value":"value1"}]}""");

		// When it reads, updates LOW to HIGH and reads again
		Map<String, Object> v1 = versionRow(id, 1);
		String afterCreate = """
				{"data": {"id": "%1$s", "document_id": "%1$s", "name": "tf_doc", "content": "test",
				  "create_time": %2$d, "update_time": %2$d, "version": "v1", "creator": "COC-emulator",
				  "modifier": null, "enterprise_project_id": "0", "risk_level": "LOW",
				  "versions": [{"version": "v1", "version_uuid": "%3$s", "create_time": %2$d}]}}""".formatted(id,
				v1.get("CREATE_TIME"), v1.get("VERSION_UUID"));
		assertOk(get("/v1/documents/" + id), afterCreate);
		assertOk(put("/v1/documents/" + id, """
				{"name":"tf_doc","content":"test2","risk_level":"HIGH"}"""), "{\"data\": \"%s\"}".formatted(id));
		Map<String, Object> v2 = versionRow(id, 2);
		String afterUpdate = """
				{"data": {"id": "%1$s", "document_id": "%1$s", "name": "tf_doc", "content": "test2",
				  "create_time": %2$d, "update_time": %4$d, "version": "v2", "creator": "COC-emulator",
				  "modifier": "COC-emulator", "enterprise_project_id": "0", "risk_level": "HIGH",
				  "versions": [{"version": "v1", "version_uuid": "%3$s", "create_time": %2$d},
				               {"version": "v2", "version_uuid": "%5$s", "create_time": %4$d}]}}""".formatted(id,
				v1.get("CREATE_TIME"), v1.get("VERSION_UUID"), v2.get("CREATE_TIME"), v2.get("VERSION_UUID"));
		assertOk(get("/v1/documents/" + id), afterUpdate);

		// Then an import reads the same, the tags are kept though never shown, and the
		// delete leaves the provider's not-found answer everywhere
		assertOk(get("/v1/documents/" + id), afterUpdate);
		assertThat(this.jdbc.queryForList("select tag_key from document_tag where document_id = ?", String.class, id))
			.containsExactly("key1");
		assertOk(delete("/v1/documents/" + id), "{\"data\": \"%s\"}".formatted(id));
		String gone = "{\"error_code\": \"COC.00042101\", \"error_msg\": \"The document %s does not exist.\"}"
			.formatted(id);
		assertError(get("/v1/documents/" + id), gone);
		assertError(put("/v1/documents/" + id, "{\"name\":\"n\",\"content\":\"test\"}"), gone);
		assertError(delete("/v1/documents/" + id), gone);
		assertThat(
				this.jdbc.queryForObject("select count(*) from document_version where document_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void showsAnEarlierVersionAsItWas() {
		String id = create(
				"""
						{"name":"first","content":"a: 1","enterprise_project_id":"ep","risk_level":"MEDIUM","description":"d1"}""");
		put("/v1/documents/" + id, "{\"name\":\"second\",\"content\":\"a: 2\",\"description\":\"d2\"}");
		put("/v1/documents/" + id, "{\"name\":\"third\",\"content\":\"a: 3\",\"risk_level\":\"LOW\"}");

		JsonNode v1 = data(get("/v1/documents/" + id + "?version=v1"));
		JsonNode v2 = data(get("/v1/documents/" + id + "?version=v2"));
		JsonNode latest = data(get("/v1/documents/" + id));

		assertThat(List.of(text(v1, "version"), text(v1, "name"), text(v1, "content"), text(v1, "description"),
				text(v1, "risk_level")))
			.containsExactly("v1", "first", "a: 1", "d1", "MEDIUM");
		assertThat(List.of(text(v2, "version"), text(v2, "name"), text(v2, "content"), text(v2, "description"),
				text(v2, "risk_level")))
			.containsExactly("v2", "second", "a: 2", "d2", "MEDIUM");
		assertThat(List.of(text(latest, "version"), text(latest, "name"), text(latest, "content"),
				text(latest, "description"), text(latest, "risk_level"), text(latest, "enterprise_project_id")))
			.containsExactly("v3", "third", "a: 3", "d2", "LOW", "ep");
		assertError(get("/v1/documents/" + id + "?version=v4"), """
				{"error_code": "COC.00042101", "error_msg": "The version v4 of document %s does not exist."}"""
			.formatted(id));
	}

	@Test
	void pagesLikeTheDataSourceUntilAnEmptyPage() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 230; i++) {
			created.add(create(body("job-" + i, "0")));
		}

		List<String> listed = new ArrayList<>();
		int requests = 0;
		for (int offset = 0;; requests++) {
			JsonNode page = json(get("/v1/documents?limit=100&offset=" + offset));
			assertThat(page.get("total").asLong()).isEqualTo(230);
			if (page.get("data").isEmpty()) {
				break;
			}
			page.get("data").forEach((item) -> listed.add(item.get("document_id").asString()));
			offset += page.get("data").size();
		}

		assertThat(requests).isEqualTo(3);
		assertThat(listed).hasSize(230).doesNotHaveDuplicates().isEqualTo(newestFirst(created));
	}

	@Test
	void answersAnEmptyPageWithTheRealTotalPastTheEnd() {
		create(body("only", "0"));

		assertOk(get("/v1/documents?limit=100&offset=1"), "{\"data\": [], \"total\": 1}");
		assertOk(get("/v1/documents?offset=100000000000"), "{\"data\": [], \"total\": 1}");
	}

	@Test
	void filtersByNamePartInAnyCaseAndByExactCreatorAndProject() {
		String alpha = create(body("Nightly-Backup_100%", "ep-1"));
		String beta = create(body("nightly backup", "ep-2"));
		create(body("weekly report", "ep-1"));

		assertThat(ids("?name_like=NIGHTLY")).containsExactly(beta, alpha);
		assertThat(ids("?name_like=_100%25")).containsExactly(alpha);
		assertThat(ids("?name_like=y_b")).isEmpty();
		assertThat(ids("?enterprise_project_id=ep-2")).containsExactly(beta);
		assertThat(ids("?enterprise_project_id=ep")).isEmpty();
		assertThat(ids("?name_like=nightly&enterprise_project_id=ep-1&creator=COC-emulator")).containsExactly(alpha);
		assertThat(ids("?creator=COC-emulator")).hasSize(3);
		assertThat(ids("?creator=COC")).isEmpty();
		JsonNode item = json(get("/v1/documents?name_like=weekly")).get("data").get(0);
		assertThat(item.get("modifier").isNull()).isTrue();
		assertThat(item.get("update_time").asLong()).isEqualTo(item.get("create_time").asLong());
	}

	@Test
	void keepsEachTenantsJobsFromEveryOtherTenant() {
		String mine = create(body("mine", "0"));
		String other = "X-Domain-Id";
		String stranger = "domain-" + UUID.randomUUID();
		String gone = "{\"error_code\": \"COC.00042101\", \"error_msg\": \"The document %s does not exist.\"}"
			.formatted(mine);

		assertError(this.client.get("/v1/documents/" + mine, other, stranger), gone);
		assertError(this.client.put("/v1/documents/" + mine, "{\"name\":\"x\",\"content\":\"x\"}", other, stranger),
				gone);
		assertError(this.client.delete("/v1/documents/" + mine, other, stranger), gone);
		assertOk(this.client.get("/v1/documents", other, stranger), "{\"data\": [], \"total\": 0}");
		assertThat(text(data(get("/v1/documents/" + mine)), "version")).isEqualTo("v1");
		assertThat(ids("")).containsExactly(mine);
	}

	@Test
	void showsPublicJobsToEveryTenantButLetsNoneChangeThem() {
		JsonNode page = json(get("/v1/documents?document_type=PUBLIC&limit=100"));
		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(page.get("data").get(0).get("document_id").asString()).isEqualTo("DM202505200900000000005");
		String id = "DM202503101000000000001";

		JsonNode shown = data(this.client.get("/v1/documents/" + id + "?document_type=PUBLIC", "X-Domain-Id",
				"domain-" + UUID.randomUUID()));

		assertThat(text(shown, "name")).isEqualTo("Restart ECS instances");
		assertThat(text(shown, "content")).contains("task: hwc:runbook:executeAPI@1.0.0");
		assertThat(ids("?document_type=PUBLIC&name_like=ecs&creator=COC-public")).hasSize(5);
		String notMine = "{\"error_code\": \"COC.00042101\", \"error_msg\": \"The document %s does not exist.\"}"
			.formatted(id);
		assertError(put("/v1/documents/" + id, "{\"name\":\"x\",\"content\":\"x\"}"), notMine);
		assertError(delete("/v1/documents/" + id), notMine);
		assertError(get("/v1/documents/" + id), notMine);
		assertThat(text(data(get("/v1/documents/" + id + "?document_type=PUBLIC")), "version")).isEqualTo("v1");
	}

	@Test
	void losesNoneOfTwentyParallelUpdates() throws Exception {
		String id = create(body("contended", "0"));
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> updates = new ArrayList<>();
			for (int i = 1; i <= 20; i++) {
				String update = "{\"name\":\"contended\",\"content\":\"update: %d\"}".formatted(i);
				updates.add(pool.submit(() -> {
					start.await();
					return put("/v1/documents/" + id, update);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> update : updates) {
				assertThat(update.get().statusCode()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}

		JsonNode latest = data(get("/v1/documents/" + id));
		assertThat(text(latest, "version")).isEqualTo("v21");
		List<String> versions = new ArrayList<>();
		Set<String> uuids = new HashSet<>();
		latest.get("versions").forEach((v) -> {
			versions.add(v.get("version").asString());
			uuids.add(v.get("version_uuid").asString());
		});
		assertThat(versions).hasSize(21).first().isEqualTo("v1");
		assertThat(versions).last().isEqualTo("v21");
		assertThat(uuids).hasSize(21);
		Set<String> contents = new HashSet<>(this.jdbc.queryForList(
				"select content from document_version where document_id = ? and version > 1", String.class, id));
		assertThat(contents).hasSize(20).contains("update: 1", "update: 20");
	}

	private String create(String body) {
		HttpResponse<String> response = this.client.post("/v1/documents", body, "X-Domain-Id", this.tenant);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return DocumentCreateIntegrationTests.createdId(response);
	}

	private HttpResponse<String> get(String path) {
		return this.client.get(path, "X-Domain-Id", this.tenant);
	}

	private HttpResponse<String> put(String path, String body) {
		return this.client.put(path, body, "X-Domain-Id", this.tenant);
	}

	private HttpResponse<String> delete(String path) {
		return this.client.delete(path, "X-Domain-Id", this.tenant);
	}

	private List<String> ids(String query) {
		List<String> ids = new ArrayList<>();
		json(get("/v1/documents" + query)).get("data").forEach((item) -> ids.add(item.get("document_id").asString()));
		return ids;
	}

	private List<String> newestFirst(List<String> ids) {
		Map<String, Long> created = new HashMap<>();
		ids.forEach((id) -> created.put(id,
				this.jdbc.queryForObject("select create_time from document where document_id = ?", Long.class, id)));
		Comparator<String> oldestFirst = Comparator.comparing(created::get);
		return ids.stream().sorted(oldestFirst.thenComparing(Comparator.naturalOrder()).reversed()).toList();
	}

	private Map<String, Object> versionRow(String id, int version) {
		return this.jdbc.queryForMap("select * from document_version where document_id = ? and version = ?", id,
				version);
	}

	private static String body(String name, String enterpriseProjectId) {
		return """
				{"name":"%s","content":"test","enterprise_project_id":"%s","risk_level":"LOW"}""".formatted(name,
				enterpriseProjectId);
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static JsonNode data(HttpResponse<String> response) {
		return json(response).get("data");
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).asString();
	}

	private static void assertOk(HttpResponse<String> response, String json) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(json, response.body());
	}

	private static void assertError(HttpResponse<String> response, String json) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(json, response.body());
	}

}
