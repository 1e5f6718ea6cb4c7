package io.cocemu.document;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTests {

	private static final long CREATED = Instant.parse("2025-06-30T13:17:01.846Z").toEpochMilli();

	@Test
	void stampsTheCreationTimeInChinaStandardTime() {
		// the documented pair: DM2025063021170101xxxxx was created at 1751289421846
		assertThat(CREATED).isEqualTo(1751289421846L);
		assertThat(DocumentIds.next(CREATED)).startsWith("DM20250630211701").matches("^DM\\d{14}[0-9A-Za-z]{3,12}$");
	}

	@Test
	void hasTheLengthOfTheDocumentedIds() {
		assertThat(DocumentIds.next(CREATED)).hasSize(23);
	}

	@Test
	void neverRepeatsWithinOneSecondAcrossThreads() throws Exception {
		Set<String> ids = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			Future<?>[] tasks = new Future<?>[8];
			for (int t = 0; t < tasks.length; t++) {
				tasks[t] = pool.submit(() -> {
					for (int i = 0; i < 25_000; i++) {
						ids.add(DocumentIds.next(CREATED));
					}
				});
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ids).hasSize(200_000);
	}

}
