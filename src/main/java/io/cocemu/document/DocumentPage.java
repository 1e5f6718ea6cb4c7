package io.cocemu.document;

import java.util.List;

/**
 * One page of a job list.
 *
 * @param total how many jobs match, on every page
 * @param documents the jobs on this page, empty past the end
 */
public record DocumentPage(long total, List<DocumentSummary> documents) {

	public DocumentPage {
		documents = List.copyOf(documents);
	}

}
