package io.cocemu.document.store;

import java.util.List;

import io.cocemu.document.Document;

/**
 * Inserting new jobs in bulk, apart from JPA's one-entity-at-a-time persist.
 */
public interface DocumentInserts {

	/**
	 * Inserts new jobs with their versions and tags, in the caller's transaction.
	 * @param documents jobs that are not stored yet
	 */
	void insertAll(List<Document> documents);

}
