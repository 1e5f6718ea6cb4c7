package io.cocemu.web;

/**
 * One page of a list: skip {@code offset} records, then take at most {@code limit}. A
 * handler takes it as an argument, read from the {@code offset} and {@code limit} query
 * parameters.
 *
 * @param offset how many records to skip
 * @param limit the most records to return, at least 1
 */
public record Paging(long offset, int limit) {

	public Paging {
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("No such page: offset " + offset + ", limit " + limit);
		}
	}

}
