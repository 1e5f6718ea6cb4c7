package io.cocemu.document;

import java.util.Comparator;

/**
 * A job as ListDocuments shows it.
 *
 * @param documentId the id
 * @param name the name
 * @param createTime when it was created, epoch milliseconds
 * @param updateTime when it last changed, epoch milliseconds
 * @param version its latest version, {@code v1}, {@code v2}, ...
 * @param creator who created it
 * @param modifier who last updated it, null until the first update
 * @param enterpriseProjectId its enterprise project
 */
public record DocumentSummary(String documentId, String name, long createTime, long updateTime, String version,
		String creator, String modifier, String enterpriseProjectId) {

	/**
	 * The order of every list: newest first, then by id, highest first, so that jobs
	 * created in one millisecond keep their creation order too.
	 */
	public static final Comparator<DocumentSummary> NEWEST_FIRST = Comparator.comparingLong(DocumentSummary::createTime)
		.thenComparing(DocumentSummary::documentId)
		.reversed();

}
