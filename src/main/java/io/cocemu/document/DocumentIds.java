package io.cocemu.document;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes job ids: {@code DM}, the creation time as {@code yyyyMMddHHmmss} in China
 * Standard Time, and seven digits (coc-api.md, section 6).
 * <p>
 * The digits count up from a random start, so one process never repeats an id within ten
 * million creations in one second. Processes sharing a store can still meet; the primary
 * key catches that and {@link DocumentService} tries again with the next id.
 */
final class DocumentIds {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.ofHours(8));

	private static final long SUFFIXES = 10_000_000L;

	private static final AtomicLong counter = new AtomicLong(new SecureRandom().nextLong(SUFFIXES));

	private DocumentIds() {
	}

	static String next(long createTime) {
		long suffix = Math.floorMod(counter.getAndIncrement(), SUFFIXES);
		return "DM" + STAMP.format(Instant.ofEpochMilli(createTime)) + "%07d".formatted(suffix);
	}

}
