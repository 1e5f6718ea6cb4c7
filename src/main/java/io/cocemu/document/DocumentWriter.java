package io.cocemu.document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cocemu.document.store.DocumentInserts;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new jobs with group commit: one thread writes whatever jobs are waiting in one
 * transaction, and each request returns once the transaction holding its job has
 * committed. A job is in the database file before it is acknowledged, and concurrent
 * creates share one commit instead of paying for one each.
 */
@Component
class DocumentWriter implements SmartLifecycle {

	private static final int MAX_BATCH = 256;

	private static final int MAX_WAITING = 8192;

	// Bounds on waiting, so that a stuck store fails requests instead of hanging them.
	private static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(30);

	private static final Duration MAX_COMMIT_WAIT = Duration.ofSeconds(60);

	private final BlockingQueue<PendingWrite> waiting = new ArrayBlockingQueue<>(MAX_WAITING);

	private final DocumentInserts documents;

	private final TransactionTemplate transactions;

	private volatile boolean running;

	private Thread thread;

	DocumentWriter(DocumentInserts documents, TransactionTemplate transactions) {
		this.documents = documents;
		this.transactions = transactions;
	}

	/**
	 * Stores a new job and waits until it is committed.
	 * @param document the job
	 * @throws RuntimeException what storing it threw, such as a clash of ids
	 */
	void insert(Document document) {
		if (!this.running) {
			throw new IllegalStateException("The document writer is stopped");
		}
		PendingWrite write = new PendingWrite(document, new CompletableFuture<>());
		try {
			if (!this.waiting.offer(write, MAX_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The document writer is overloaded");
			}
			write.done().get(MAX_COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while storing a document", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("No commit within " + MAX_COMMIT_WAIT, ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause
					: new IllegalStateException("Storing a document failed", ex.getCause());
		}
	}

	private void run() {
		List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.waiting.isEmpty()) {
			try {
				PendingWrite first = this.waiting.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					batch.add(first);
					this.waiting.drainTo(batch, MAX_BATCH - 1);
					write(batch);
					batch.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<PendingWrite> batch) {
		try {
			this.transactions.executeWithoutResult(
					(status) -> this.documents.insertAll(batch.stream().map(PendingWrite::document).toList()));
			batch.forEach((w) -> w.done().complete(null));
		}
		catch (RuntimeException | Error ex) {
			// A waiting request must always get an answer, whatever went wrong, and the
			// thread must live on for the next ones.
			if (batch.size() == 1) {
				batch.get(0).done().completeExceptionally(ex);
				return;
			}
			// one bad job must not fail the others: write each alone to find it
			batch.forEach((w) -> write(List.of(w)));
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "document-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		// whatever slipped in while the thread was leaving gets an answer too
		List<PendingWrite> left = new ArrayList<>();
		this.waiting.drainTo(left);
		left.forEach((w) -> w.done().completeExceptionally(new IllegalStateException("The document writer stopped")));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	// Stop after the web server has finished its requests, which may be waiting on us.
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record PendingWrite(Document document, CompletableFuture<Void> done) {
	}

}
