package io.cocemu.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cocemu.runbook.RunbookParser;
import io.cocemu.runbook.Runbooks;
import io.cocemu.web.Paging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PublicDocumentsTests {

	private static final RunbookParser RUNBOOKS = Runbooks.lenientParser();

	private static final String ENTRY = """
			{"document_id": "%s", "version_uuid": "0123456789abcdef0123456789abcdef", "name": "n",
			 "description": "d", "risk_level": "LOW", "enterprise_project_id": "0", "creator": "COC-public",
			 "create_time": 1741572000000, "content_file": "%s"}""";

	@TempDir
	Path dir;

	@Test
	void shipsACatalogueOfValidJobsNewestFirst() {
		PublicDocuments catalogue = load(new ClassPathResource("public-documents/catalogue.json"));

		DocumentPage all = catalogue.list(DocumentFilter.NONE, new Paging(0, 100));

		assertThat(all.total()).isEqualTo(5);
		assertThat(all.documents()).isSortedAccordingTo(DocumentSummary.NEWEST_FIRST)
			.allSatisfy((d) -> assertThat(d.version()).isEqualTo("v1"))
			.allSatisfy((d) -> assertThat(d.modifier()).isNull());
		assertThat(catalogue.find("DM202504021530000000004"))
			.hasValueSatisfying((d) -> assertThat(d.content()).contains("task: hwc:runbook:scripts@1.0.0"));
	}

	@Test
	void filtersAndPagesLikeTheStore() {
		PublicDocuments catalogue = load(new ClassPathResource("public-documents/catalogue.json"));

		assertThat(catalogue.list(new DocumentFilter("RESTART", null, null), new Paging(0, 100)).total()).isEqualTo(2);
		assertThat(catalogue.list(new DocumentFilter(null, "COC-public", "0"), new Paging(4, 100)).documents())
			.hasSize(1);
		assertThat(catalogue.list(new DocumentFilter(null, "COC", null), new Paging(0, 100)).total()).isZero();
		assertThat(catalogue.list(DocumentFilter.NONE, new Paging(5, 100)).documents()).isEmpty();
	}

	@Test
	void refusesToStartWithARunbookThatIsNotYaml() throws IOException {
		Files.writeString(this.dir.resolve("bad.yaml"), "steps: [");

		assertThatIllegalStateException()
			.isThrownBy(() -> load(catalogue(entry("DM202503101000000000001", "bad.yaml"))))
			.withMessageStartingWith(
					"Public job DM202503101000000000001 in the catalogue: bad.yaml: content is not valid YAML");
	}

	@Test
	void refusesToStartWithAMissingRunbookFile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> load(catalogue(entry("DM202503101000000000001", "missing.yaml"))))
			.withMessageStartingWith("Public job DM202503101000000000001 in the catalogue: cannot read missing.yaml");
	}

	@Test
	void refusesToStartWithAnIdTwiceOrMalformed() throws IOException {
		Files.writeString(this.dir.resolve("ok.yaml"), "test");
		String twice = entry("DM202503101000000000001", "ok.yaml") + "," + entry("DM202503101000000000001", "ok.yaml");

		assertThatIllegalStateException().isThrownBy(() -> load(catalogue(twice)))
			.withMessage("Public job DM202503101000000000001 in the catalogue: document_id must be DM and 21 digits,"
					+ " once in the catalogue");
		assertThatIllegalStateException().isThrownBy(() -> load(catalogue(entry("DM1", "ok.yaml"))))
			.withMessageContaining("document_id must be DM and 21 digits");
	}

	@Test
	void refusesToStartWithAnUnknownField() throws IOException {
		Files.writeString(this.dir.resolve("ok.yaml"), "test");
		String entry = entry("DM202503101000000000001", "ok.yaml").replace("\"name\"", "\"title\"");

		assertThatIllegalStateException().isThrownBy(() -> load(catalogue(entry)))
			.withMessageStartingWith("Cannot read the public job catalogue");
	}

	private FileSystemResource catalogue(String entries) {
		try {
			return new FileSystemResource(Files.writeString(this.dir.resolve("catalogue.json"), "[" + entries + "]"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String entry(String id, String contentFile) {
		return ENTRY.formatted(id, contentFile);
	}

	private static PublicDocuments load(org.springframework.core.io.Resource catalogue) {
		return new PublicDocuments(new DocumentProperties(catalogue), RUNBOOKS);
	}

}
