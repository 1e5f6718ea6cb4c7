package io.cocemu.document.api;

import java.util.List;

import io.cocemu.document.DocumentDetail;
import io.cocemu.document.DocumentFilter;
import io.cocemu.document.DocumentPage;
import io.cocemu.document.DocumentRevision;
import io.cocemu.document.DocumentService;
import io.cocemu.document.DocumentSummary;
import io.cocemu.document.DocumentType;
import io.cocemu.document.RiskLevel;
import io.cocemu.document.VersionSummary;
import io.cocemu.error.CocException;
import io.cocemu.error.ErrorCode;
import io.cocemu.tenant.Caller;
import io.cocemu.web.Paging;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

/**
 * List, show, update and delete at the HTTP edge: what reaches the service, and what the
 * client reads back.
 */
@WebMvcTest(value = DocumentController.class, properties = "cocemu.paging.max-limit=500")
class DocumentLifecycleControllerTests {

	private static final Caller CALLER = new Caller("default", "COC-emulator");

	private static final String ID = "DM202506302117010123456";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DocumentService documents;

	@Test
	void listsWithTheDefaultPageAndNoFilter() {
		given(this.documents.list(any(), any(), any(), any())).willReturn(new DocumentPage(0, List.of()));

		assertThat(this.mvc.get().uri("/v1/documents")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"data": [], "total": 0}""");
		then(this.documents).should().list(DocumentType.PRIVATE, DocumentFilter.NONE, new Paging(0, 10), CALLER);
	}

	@Test
	void listsWithEveryFilterAndWritesANeverModifiedJobsModifierAsNull() {
		given(this.documents.list(any(), any(), any(), any())).willReturn(new DocumentPage(101, List
			.of(new DocumentSummary(ID, "qweqwe", 1751289421846L, 1751289421846L, "v1", "COC-emulator", null, "0"))));

		assertThat(
				this.mvc.get()
					.uri("/v1/documents?limit=100&offset=100&name_like=qwe&creator=COC-emulator"
							+ "&enterprise_project_id=0&document_type=NORMAL"))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"data": [{"document_id": "DM202506302117010123456", "name": "qweqwe",
					           "create_time": 1751289421846, "update_time": 1751289421846, "version": "v1",
					           "creator": "COC-emulator", "modifier": null, "enterprise_project_id": "0"}],
					 "total": 101}""");
		then(this.documents).should()
			.list(DocumentType.PRIVATE, new DocumentFilter("qwe", "COC-emulator", "0"), new Paging(100, 100), CALLER);
	}

	@Test
	void treatsEmptyParametersAsAbsent() {
		given(this.documents.list(any(), any(), any(), any())).willReturn(new DocumentPage(0, List.of()));

		assertThat(this.mvc.get().uri("/v1/documents?limit=&offset=&name_like=&creator=&document_type=")).hasStatusOk();
		then(this.documents).should().list(DocumentType.PRIVATE, DocumentFilter.NONE, new Paging(0, 10), CALLER);
	}

	@Test
	void listsPublicJobs() {
		given(this.documents.list(any(), any(), any(), any())).willReturn(new DocumentPage(0, List.of()));

		assertThat(this.mvc.get().uri("/v1/documents?document_type=PUBLIC")).hasStatusOk();
		then(this.documents).should().list(eq(DocumentType.PUBLIC), any(), any(), any());
	}

	@Test
	void rejectsPagesThatAreNotWholeNumbersInRange() {
		assertInvalidList("limit=0", "limit must be a whole number from 1 to 500");
		assertInvalidList("limit=501", "limit must be a whole number from 1 to 500");
		assertInvalidList("limit=-1", "limit must be a whole number from 1 to 500");
		assertInvalidList("limit=1.5", "limit must be a whole number from 1 to 500");
		assertInvalidList("limit=1&limit=2", "limit must be a whole number from 1 to 500");
		assertInvalidList("offset=-5", "offset must be a whole number of at least 0");
		assertInvalidList("offset=ten", "offset must be a whole number of at least 0");
		assertInvalidList("offset=9999999999999999999", "offset must be a whole number of at least 0");
		assertInvalidList("limit=x&offset=y",
				"limit must be a whole number from 1 to 500 | offset must be a whole number of at least 0");
		then(this.documents).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAnUnknownDocumentType() {
		assertInvalidList("document_type=public", "document_type must be one of PRIVATE, NORMAL, PUBLIC");
		assertThat(this.mvc.get().uri("/v1/documents/" + ID + "?document_type=SHARED"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code": "COC.00010002",
					 "error_msg": "document_type must be one of PRIVATE, NORMAL, PUBLIC"}""");
	}

	@Test
	void showsEveryDetailFieldInsideData() {
		given(this.documents.find(ID, "v1", DocumentType.PUBLIC, CALLER))
			.willReturn(new DocumentDetail(ID, "test_document", "test", 1751289421846L, 1751289500000L, "v1",
					"COC-emulator", "COC-emulator", "0", RiskLevel.LOW, null,
					List.of(new VersionSummary("v1", "0197c0a4d5b6a1b2c3d4e5f6a7b8c9d0", 1751289421846L),
							new VersionSummary("v2", "0197c0a5e0a0a1b2c3d4e5f6a7b8c9d1", 1751289500000L))));

		assertThat(this.mvc.get().uri("/v1/documents/" + ID + "?version=v1&document_type=PUBLIC")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"data": {"id": "DM202506302117010123456", "document_id": "DM202506302117010123456",
							  "name": "test_document", "content": "test", "create_time": 1751289421846,
							  "update_time": 1751289500000, "version": "v1", "creator": "COC-emulator",
							  "modifier": "COC-emulator", "enterprise_project_id": "0", "risk_level": "LOW",
									  "versions": [
							    {"version": "v1", "version_uuid": "0197c0a4d5b6a1b2c3d4e5f6a7b8c9d0", "create_time": 1751289421846},
							    {"version": "v2", "version_uuid": "0197c0a5e0a0a1b2c3d4e5f6a7b8c9d1", "create_time": 1751289500000}]}}""");
	}

	@Test
	void answersAnUnknownJobWithTheNotFoundCode() {
		given(this.documents.find(any(), any(), any(), any()))
			.willThrow(new CocException(ErrorCode.DOCUMENT_NOT_FOUND, "The document DM1 does not exist."));

		assertThat(this.mvc.get().uri("/v1/documents/DM1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code": "COC.00042101", "error_msg": "The document DM1 does not exist."}""");
	}

	@Test
	void updatesWithTheRequiredFieldsOnlyAndIgnoresWhatCannotChange() {
		assertThat(this.mvc.put().uri("/v1/documents/" + ID).content("""
				{"name": "n", "content": "test2", "enterprise_project_id": "9", "tags": [{"key": "k"}]}"""))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"data": "DM202506302117010123456"}""");
		then(this.documents).should().update(ID, new DocumentRevision("n", "test2", null, null), CALLER);
	}

	@Test
	void updatesDescriptionAndRiskLevelWhenGiven() {
		assertThat(this.mvc.put().uri("/v1/documents/" + ID).content("""
				{"name": "n", "content": "test2", "description": "", "risk_level": "HIGH"}""")).hasStatusOk();
		then(this.documents).should().update(ID, new DocumentRevision("n", "test2", "", RiskLevel.HIGH), CALLER);
	}

	@Test
	void namesEveryInvalidFieldOfAnUpdate() {
		assertThat(this.mvc.put().uri("/v1/documents/" + ID).content("""
				{"name": "%s", "content": "", "risk_level": "EXTREME", "description": 5}""".formatted("n".repeat(129))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"error_code": "COC.00010002",
							 "error_msg": "content must not be empty | description must be a string | name length must be between 1 and 128 | risk_level must be one of LOW, MEDIUM, HIGH"}""");
		assertThat(this.mvc.put().uri("/v1/documents/" + ID).content("{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code": "COC.00010002",
					 "error_msg": "content must not be empty | name must not be null"}""");
		then(this.documents).shouldHaveNoInteractions();
	}

	@Test
	void deletesAndAnswersTheId() {
		assertThat(this.mvc.delete().uri("/v1/documents/" + ID)).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"data": "DM202506302117010123456"}""");
		then(this.documents).should().delete(ID, CALLER);
	}

	@Test
	void answersADeleteOfAnUnknownJobWithTheNotFoundCode() {
		willThrow(new CocException(ErrorCode.DOCUMENT_NOT_FOUND, "The document DM1 does not exist."))
			.given(this.documents)
			.delete("DM1", CALLER);

		assertThat(this.mvc.delete().uri("/v1/documents/DM1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code": "COC.00042101", "error_msg": "The document DM1 does not exist."}""");
	}

	@Test
	void rejectsAWrongMethodOnAJob() {
		MvcTestResult result = this.mvc.patch().uri("/v1/documents/" + ID).exchange();
		assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(result.getResponse().getHeader("Allow").split(", ")).containsExactlyInAnyOrder("GET", "PUT",
				"DELETE");
	}

	private void assertInvalidList(String query, String message) {
		assertThat(this.mvc.get().uri("/v1/documents?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"error_code": "COC.00010002", "error_msg": "%s"}""".formatted(message));
	}

}
