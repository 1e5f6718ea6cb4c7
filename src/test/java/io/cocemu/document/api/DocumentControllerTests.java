package io.cocemu.document.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cocemu.Examples;
import io.cocemu.document.DocumentService;
import io.cocemu.document.DocumentTag;
import io.cocemu.document.NewDocument;
import io.cocemu.document.RiskLevel;
import io.cocemu.tenant.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(value = DocumentController.class, properties = "cocemu.web.max-request-body=2KB")
class DocumentControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DocumentService documents;

	@Test
	void createsTheDocumentedExampleAndAnswersItsId() {
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");

		assertThat(post(Examples.CREATE_BODY)).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"data": "DM202507011802391234567"}""");
		then(this.documents).should()
			.create(new NewDocument("test_document", Examples.CONTENT, "0", RiskLevel.LOW, "", List.of()),
					new Caller("default", "COC-emulator"));
	}

	@Test
	void passesTagsAndIgnoresUnknownFields() {
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");

		assertThat(post("""
				{"name":"n","content":"test","enterprise_project_id":"","risk_level":"HIGH","surprise":[1],
				 "tags":[{"key":"key1","value":"value1"},{"key":"only"},{}]}""")).hasStatusOk();
		then(this.documents).should()
			.create(new NewDocument("n", "test", "", RiskLevel.HIGH, null, List.of(new DocumentTag("key1", "value1"),
					new DocumentTag("only", null), new DocumentTag(null, null))),
					new Caller("default", "COC-emulator"));
	}

	@Test
	void takesTheTenantFromTheDomainThenTheProjectHeader() {
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");

		assertThat(this.mvc.post()
			.uri("/v1/documents")
			.header("X-Domain-Id", "domain-1")
			.header("X-Project-Id", "project-1")
			.content(Examples.CREATE_BODY)).hasStatusOk();
		assertThat(
				this.mvc.post().uri("/v1/documents").header("X-Project-Id", "project-1").content(Examples.CREATE_BODY))
			.hasStatusOk();
		then(this.documents).should().create(any(), eq(new Caller("domain-1", "COC-emulator")));
		then(this.documents).should().create(any(), eq(new Caller("project-1", "COC-emulator")));
	}

	@Test
	void namesEveryMissingField() {
		assertInvalid("{}", "content must not be empty | enterprise_project_id must not be null"
				+ " | name must not be null | risk_level must not be null");
	}

	@Test
	void namesEveryFieldOfTheWrongType() {
		assertInvalid("""
				{"name":1,"content":["x"],"enterprise_project_id":{},"risk_level":true,"description":2,"tags":{}}""",
				"content must be a string | description must be a string | enterprise_project_id must be a string"
						+ " | name must be a string | risk_level must be one of LOW, MEDIUM, HIGH | tags must be an array");
	}

	@Test
	void checksLengthsInCharacters() {
		String name129 = "\u540d".repeat(129);
		assertInvalid(
				"""
						{"name":"%s","content":"","enterprise_project_id":"%s","risk_level":"LOW"}""".formatted(name129,
						"e".repeat(129)),
				"content must not be empty | enterprise_project_id length must be between 0 and 128"
						+ " | name length must be between 1 and 128");
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");
		assertThat(post("""
				{"name":"%s","content":"x","enterprise_project_id":"","risk_level":"LOW"}"""
			.formatted("\uD83D\uDE00".repeat(128)))).hasStatusOk();
	}

	@Test
	void rejectsAnUnknownRiskLevel() {
		assertInvalid("""
				{"name":"n","content":"test","enterprise_project_id":"0","risk_level":"low"}""",
				"risk_level must be one of LOW, MEDIUM, HIGH");
	}

	@Test
	void rejectsBadTags() {
		assertInvalid("""
				{"name":"n","content":"test","enterprise_project_id":"0","risk_level":"LOW",
				 "tags":[null,"k",{"key":1,"value":[]}]}""",
				"tags[0] must not be null | tags[1] must be an object | tags[2].key must be a string"
						+ " | tags[2].value must be a string");
	}

	@Test
	void rejectsABodyThatIsNotAnObject() {
		assertInvalid("[{\"name\":\"n\"}]", "request body must be a JSON object");
	}

	@Test
	void rejectsMalformedJsonWithItsPosition() {
		assertInvalid("{\"name\":\"n\",}",
				"request body is not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
						+ " to start property name at line 1, column 13");
	}

	@Test
	void rejectsTrailingContent() {
		assertInvalid("{} {}", "request body is not a single JSON value at line 1, column 4");
	}

	@Test
	void rejectsInvalidUtf8() {
		byte[] body = "{\"name\":\"?\"}".getBytes(StandardCharsets.US_ASCII);
		body[9] = (byte) 0xff;
		assertThat(this.mvc.post().uri("/v1/documents").contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"error_code":"COC.00010002",
							 "error_msg":"request body is not valid JSON: Invalid UTF-8 start byte 0xff at line 1, column 11"}""");
	}

	@Test
	void rejectsUtf16() {
		assertThat(this.mvc.post()
			.uri("/v1/documents")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"n\"}".getBytes(StandardCharsets.UTF_16))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code":"COC.00010002",
					 "error_msg":"request body is not valid JSON: it must be encoded in UTF-8"}""");
	}

	@Test
	void rejectsJsonNestedBeyondTheParserLimitsWithoutNamingItsInternals() {
		assertThat(post("{\"name\":" + "[".repeat(700) + "]".repeat(700) + "}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code":"COC.00010002",
					 "error_msg":"request body is not valid JSON: it nests too deeply or holds a value too long"}""");
	}

	@Test
	void limitsTagsInNumberAndLength() {
		String tags = "{\"key\":\"k\"},".repeat(50)
				+ "{\"key\":\"%s\",\"value\":\"%s\"}".formatted("k".repeat(129), "v".repeat(256));
		assertInvalid(
				"""
						{"name":"n","content":"test","enterprise_project_id":"0","risk_level":"LOW","tags":[%s]}"""
					.formatted(tags),
				"tags size must be between 0 and 50 | tags[50].key length must be between 0 and 128"
						+ " | tags[50].value length must be between 0 and 255");
	}

	@Test
	void rejectsAMissingBody() {
		assertThat(this.mvc.post().uri("/v1/documents").contentType(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code":"COC.00010002","error_msg":"request body is missing or is not a JSON object"}""");
	}

	@Test
	void readsJsonWhateverTheContentTypeSays() {
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");
		for (MediaType type : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN,
				MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_XML)) {
			assertThat(this.mvc.post().uri("/v1/documents").contentType(type).content(Examples.CREATE_BODY))
				.hasStatusOk()
				.bodyJson()
				.isStrictlyEqualTo("""
						{"data": "DM202507011802391234567"}""");
		}
		assertThat(this.mvc.post().uri("/v1/documents").content(Examples.CREATE_BODY)).hasStatusOk();
	}

	@Test
	void answersJsonWhateverTheClientAccepts() {
		assertThat(this.mvc.post().uri("/v1/documents").accept(MediaType.TEXT_HTML).content("{}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void rejectsABodyOverTheLimitWith413() {
		String body = "{\"name\":\"%s\"}".formatted("n".repeat(2048));
		MvcTestResult result = this.mvc.post().uri("/v1/documents").content(body).exchange();
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE).bodyJson().isStrictlyEqualTo("""
				{"error_code":"APIGW.0201",
				 "error_msg":"Request entity too large: the body may hold at most 2048 bytes.",
				 "request_id":"%s"}""".formatted(result.getResponse().getHeader("X-request-id")));
	}

	@Test
	void rejectsAWrongMethodWith405AndTheAllowedOnes() {
		MvcTestResult result = this.mvc.delete().uri("/v1/documents").exchange();
		assertThat(result.getResponse().getHeader("Allow").split(", ")).containsExactlyInAnyOrder("GET", "POST");
		assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED).bodyJson().isStrictlyEqualTo("""
				{"error_code":"APIGW.0101",
				 "error_msg":"The API does not exist or has not been published in the environment.",
				 "request_id":"%s"}""".formatted(result.getResponse().getHeader("X-request-id")));
	}

	@Test
	void answersAnUnknownPathWithTheGatewayError() {
		MvcTestResult result = this.mvc.get().uri("/v1/nothing/here").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).bodyJson().isStrictlyEqualTo("""
				{"error_code":"APIGW.0101",
				 "error_msg":"The API does not exist or has not been published in the environment.",
				 "request_id":"%s"}""".formatted(result.getResponse().getHeader("X-request-id")));
	}

	@Test
	void hidesUnexpectedFailures() {
		given(this.documents.create(any(), any())).willThrow(new IllegalStateException("secret detail"));
		assertThat(post(Examples.CREATE_BODY)).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code":"COC.00040701","error_msg":"Internal server error."}""");
	}

	@Test
	void givesEveryResponseARequestId() {
		given(this.documents.create(any(), any())).willReturn("DM202507011802391234567");
		for (MvcTestResult result : List.of(post(Examples.CREATE_BODY).exchange(), post("{}").exchange(),
				this.mvc.get().uri("/nope").exchange())) {
			assertThat(result.getResponse().getHeader("X-request-id")).matches("[0-9a-f]{32}");
		}
	}

	@Test
	void rejectsAnOverlongTenantHeader() {
		assertThat(this.mvc.post()
			.uri("/v1/documents")
			.header("X-Domain-Id", "d".repeat(129))
			.content(Examples.CREATE_BODY)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isStrictlyEqualTo("""
					{"error_code":"COC.00010002","error_msg":"X-Domain-Id must be at most 128 characters"}""");
	}

	private MockMvcTester.MockMvcRequestBuilder post(String body) {
		return this.mvc.post().uri("/v1/documents").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private void assertInvalid(String body, String message) {
		assertThat(post(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isStrictlyEqualTo("""
				{"error_code":"COC.00010002","error_msg":"%s"}""".formatted(message));
	}

}
