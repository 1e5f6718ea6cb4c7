package io.cocemu.document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cocemu.document.store.DocumentInserts;
import io.cocemu.tenant.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

class DocumentWriterTests {

	private final GatedInserts inserts = new GatedInserts();

	private final DocumentWriter writer = new DocumentWriter(this.inserts,
			new TransactionTemplate(mock(PlatformTransactionManager.class)));

	DocumentWriterTests() {
		this.writer.start();
	}

	@AfterEach
	void stop() {
		this.inserts.gate.countDown();
		this.writer.stop();
	}

	@Test
	void writesWaitingJobsTogetherAndIsolatesTheOneThatFails() throws Exception {
		// Given a first job holding the writer, and three more waiting behind it
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.writer.insert(job("first")));
		awaitCalls(1);
		List<Thread> waiting = new ArrayList<>();
		List<CompletableFuture<Void>> results = new ArrayList<>();
		for (String name : List.of("second", "poison", "fourth")) {
			CompletableFuture<Void> result = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					this.writer.insert(job(name));
					result.complete(null);
				}
				catch (RuntimeException ex) {
					result.completeExceptionally(ex);
				}
			});
			thread.start();
			waiting.add(thread);
			results.add(result);
		}
		awaitWaiting(waiting);

		// When the first commit finishes
		this.inserts.gate.countDown();

		// Then the three share one attempt, and only the bad one fails
		first.get(10, TimeUnit.SECONDS);
		results.get(0).get(10, TimeUnit.SECONDS);
		results.get(2).get(10, TimeUnit.SECONDS);
		assertThat(results.get(1)).failsWithin(Duration.ofSeconds(10))
			.withThrowableThat()
			.havingRootCause()
			.withMessage("poisoned");
		assertThat(this.inserts.calls).contains(List.of("first"))
			.anySatisfy((call) -> assertThat(call).containsExactlyInAnyOrder("second", "poison", "fourth"));
		assertThat(this.inserts.stored).containsExactlyInAnyOrder("first", "second", "fourth");
	}

	@Test
	void answersAnErrorAndGoesOn() {
		this.inserts.gate.countDown();

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.writer.insert(job("error")))
			.withMessage("Storing a document failed");
		this.writer.insert(job("after"));

		assertThat(this.inserts.stored).containsExactly("after");
	}

	private void awaitCalls(int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.inserts.calls.size() < count) {
			assertThat(Instant.now()).as("calls in time").isBefore(deadline);
			Thread.sleep(10);
		}
	}

	// A thread waiting for its commit has queued its job.
	private static void awaitWaiting(List<Thread> threads) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!threads.stream().allMatch((t) -> t.getState() == Thread.State.TIMED_WAITING)) {
			assertThat(Instant.now()).as("queued in time").isBefore(deadline);
			Thread.sleep(10);
		}
	}

	private static Document job(String name) {
		return new Document(new NewDocument(name, "test", "0", RiskLevel.LOW, null, null), new Caller("t", "u"),
				1751289421846L);
	}

	/**
	 * Holds the first call until opened; fails any call holding "poison", throws an Error
	 * for "error".
	 */
	private static final class GatedInserts extends DocumentInserts {

		final CountDownLatch gate = new CountDownLatch(1);

		final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

		final List<String> stored = Collections.synchronizedList(new ArrayList<>());

		GatedInserts() {
			super(null);
		}

		@Override
		public void insertAll(List<Document> documents) {
			List<String> names = documents.stream().map(Document::name).toList();
			this.calls.add(names);
			try {
				this.gate.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (names.contains("poison")) {
				throw new IllegalStateException("poisoned");
			}
			if (names.contains("error")) {
				throw new AssertionError("an Error, not an Exception");
			}
			this.stored.addAll(names);
		}

	}

}
