package io.cocemu.document;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;

import io.cocemu.document.store.DocumentInserts;
import io.cocemu.document.store.DocumentQueries;
import io.cocemu.document.store.DocumentRepository;
import io.cocemu.runbook.InvalidRunbookException;
import io.cocemu.runbook.RunbookParser;
import io.cocemu.runbook.Runbooks;
import io.cocemu.tenant.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class DocumentServiceTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T13:17:01.846Z"), ZoneOffset.UTC);

	private static final NewDocument EXAMPLE = new NewDocument("test_document", "test", "0", RiskLevel.LOW, "",
			List.of(new DocumentTag("key1", "value1")));

	private static final Caller CALLER = new Caller("tenant-a", "COC-emulator");

	private final ScriptedRepository repository = new ScriptedRepository();

	private final TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));

	private final DocumentWriter writer = new DocumentWriter(this.repository, this.transactions);

	private final DocumentRepository documents = mock(DocumentRepository.class);

	private final DocumentQueries queries = mock(DocumentQueries.class);

	private final RunbookParser runbooks = Runbooks.lenientParser();

	private final DocumentService service = new DocumentService(this.writer, this.documents, this.queries,
			new PublicDocuments(new DocumentProperties(new ClassPathResource("public-documents/catalogue.json")),
					this.runbooks),
			this.runbooks, this.transactions, CLOCK);

	DocumentServiceTests() {
		this.writer.start();
	}

	@AfterEach
	void stopWriter() {
		this.writer.stop();
	}

	@Test
	void storesANewJobAsVersionOneOfTheCallersTenant() {
		String id = this.service.create(EXAMPLE, CALLER);

		assertThat(id).startsWith("DM20250630211701");
		Document stored = this.repository.stored.get(0);
		assertThat(stored.id()).isEqualTo(id);
		assertThat(stored.tenantId()).isEqualTo("tenant-a");
		assertThat(stored.creator()).isEqualTo("COC-emulator");
		assertThat(stored.modifier()).isNull();
		assertThat(stored.createTime()).isEqualTo(1751289421846L).isEqualTo(stored.updateTime());
		assertThat(stored.version()).isEqualTo("v1");
		assertThat(stored.tags()).containsExactly(new DocumentTag("key1", "value1"));
		assertThat(stored.versions()).singleElement().satisfies((version) -> {
			assertThat(version.version()).isEqualTo("v1");
			assertThat(version.content()).isEqualTo("test");
			assertThat(version.versionUuid()).matches("[0-9a-f]{32}");
		});
	}

	@Test
	void triesTheNextIdWhenAnotherProcessTookIt() {
		this.repository.failNext(new DuplicateKeyException("taken", new SQLException("taken", "23505")));

		String id = this.service.create(EXAMPLE, CALLER);

		assertThat(this.repository.attempted).hasSize(2).doesNotHaveDuplicates().last().isEqualTo(id);
		assertThat(this.repository.stored).extracting(Document::id).containsExactly(id);
	}

	@Test
	void doesNotRetryOtherIntegrityFailures() {
		DataIntegrityViolationException failure = new DataIntegrityViolationException("broken",
				new SQLException("broken", "23502"));
		this.repository.failNext(failure);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.service.create(EXAMPLE, CALLER))
			.isSameAs(failure);
		assertThat(this.repository.attempted).hasSize(1);
	}

	@Test
	void storesNothingWhenTheContentIsNotYaml() {
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(
				() -> this.service.create(new NewDocument("n", "a: [", "0", RiskLevel.LOW, null, null), CALLER));
		assertThat(this.repository.attempted).isEmpty();
	}

	@Test
	void makesTheNextVersionOfTheCallersJob() {
		Document document = new Document(EXAMPLE, CALLER, 1_000L);
		given(this.documents.lockOwned(document.id(), "tenant-a")).willReturn(Optional.of(document));

		this.service.update(document.id(), new DocumentRevision("renamed", "test2", null, RiskLevel.HIGH), CALLER);

		assertThat(document.version()).isEqualTo("v2");
		assertThat(document.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(document.modifier()).isEqualTo("COC-emulator");
		assertThat(document.updateTime()).isEqualTo(CLOCK.millis());
	}

	@Test
	void checksTheRunbookBeforeLockingTheJob() {
		assertThatExceptionOfType(InvalidRunbookException.class).isThrownBy(
				() -> this.service.update("DM1", new DocumentRevision("n", "x".repeat(65537), null, null), CALLER));
		then(this.documents).shouldHaveNoInteractions();
	}

	@Test
	void updatesAndDeletesOnlyTheCallersOwnJobs() {
		given(this.documents.lockOwned("DM1", "tenant-a")).willReturn(Optional.empty());
		given(this.documents.deleteOwned("DM1", "tenant-a")).willReturn(0);

		assertThatExceptionOfType(DocumentNotFoundException.class)
			.isThrownBy(() -> this.service.update("DM1", new DocumentRevision("n", "test", null, null), CALLER))
			.withMessage("The document DM1 does not exist.");
		assertThatExceptionOfType(DocumentNotFoundException.class).isThrownBy(() -> this.service.delete("DM1", CALLER))
			.withMessage("The document DM1 does not exist.");
	}

	@Test
	void readsTheVersionNumberFromItsName() {
		given(this.queries.find("tenant-a", "DM1", 12)).willReturn(Optional.empty());
		given(this.queries.exists("tenant-a", "DM1")).willReturn(true);

		assertThatExceptionOfType(DocumentNotFoundException.class)
			.isThrownBy(() -> this.service.find("DM1", "v12", DocumentType.PRIVATE, CALLER))
			.withMessage("The version v12 of document DM1 does not exist.");
		for (String malformed : List.of("v0", "V1", "1", "v01", "v-1", "v1 ", "v9999999999")) {
			assertThatExceptionOfType(DocumentNotFoundException.class)
				.isThrownBy(() -> this.service.find("DM1", malformed, DocumentType.PRIVATE, CALLER))
				.withMessage("The version " + malformed + " of document DM1 does not exist.");
		}
	}

	@Test
	void tellsAMissingJobFromAMissingVersion() {
		given(this.queries.find("tenant-a", "DM1", 2)).willReturn(Optional.empty());
		given(this.queries.exists("tenant-a", "DM1")).willReturn(false);

		assertThatExceptionOfType(DocumentNotFoundException.class)
			.isThrownBy(() -> this.service.find("DM1", "v2", DocumentType.PRIVATE, CALLER))
			.withMessage("The document DM1 does not exist.");
	}

	@Test
	void findsPublicJobsOnlyAsPublic() {
		String publicId = "DM202503101000000000001";
		given(this.queries.find("tenant-a", publicId, null)).willReturn(Optional.empty());

		assertThat(this.service.find(publicId, null, DocumentType.PUBLIC, CALLER).name())
			.isEqualTo("Restart ECS instances");
		assertThat(this.service.find(publicId, "v1", DocumentType.PUBLIC, CALLER).version()).isEqualTo("v1");
		assertThatExceptionOfType(DocumentNotFoundException.class)
			.isThrownBy(() -> this.service.find(publicId, "v2", DocumentType.PUBLIC, CALLER))
			.withMessage("The version v2 of document " + publicId + " does not exist.");
		assertThatExceptionOfType(DocumentNotFoundException.class)
			.isThrownBy(() -> this.service.find(publicId, null, DocumentType.PRIVATE, CALLER));
	}

	/**
	 * Stores in memory, failing once when told to.
	 */
	private static final class ScriptedRepository extends DocumentInserts {

		final List<String> attempted = new ArrayList<>();

		final List<Document> stored = new ArrayList<>();

		private RuntimeException nextFailure;

		ScriptedRepository() {
			super(null);
		}

		void failNext(RuntimeException failure) {
			this.nextFailure = failure;
		}

		@Override
		public synchronized void insertAll(List<Document> documents) {
			documents.forEach((document) -> this.attempted.add(document.id()));
			RuntimeException failure = this.nextFailure;
			this.nextFailure = null;
			if (failure != null) {
				throw failure;
			}
			this.stored.addAll(documents);
		}

	}

}
