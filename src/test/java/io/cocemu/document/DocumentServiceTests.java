package io.cocemu.document;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cocemu.document.store.DocumentInserts;
import io.cocemu.runbook.InvalidRunbookException;
import io.cocemu.runbook.RunbookParser;
import io.cocemu.runbook.RunbookProperties;
import io.cocemu.tenant.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

class DocumentServiceTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T13:17:01.846Z"), ZoneOffset.UTC);

	private static final NewDocument EXAMPLE = new NewDocument("test_document", "test", "0", RiskLevel.LOW, "",
			List.of(new DocumentTag("key1", "value1")));

	private static final Caller CALLER = new Caller("tenant-a", "COC-emulator");

	private final ScriptedRepository repository = new ScriptedRepository();

	private final DocumentWriter writer = new DocumentWriter(this.repository,
			new TransactionTemplate(mock(PlatformTransactionManager.class)));

	private final DocumentService service = new DocumentService(this.writer,
			new RunbookParser(new RunbookProperties(65536, 50, 50)), CLOCK);

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
