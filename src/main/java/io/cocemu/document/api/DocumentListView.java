package io.cocemu.document.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.document.DocumentPage;
import io.cocemu.document.DocumentSummary;

/**
 * A page of ListDocuments (coc-api.md, section 3.2): {@code total} counts every match,
 * {@code data} holds this page and is empty past the end, which is how the Terraform
 * provider knows to stop paging.
 */
record DocumentListView(List<Item> data, long total) {

	static DocumentListView from(DocumentPage page) {
		return new DocumentListView(page.documents().stream().map(Item::from).toList(), page.total());
	}

	record Item(@JsonProperty("document_id") String documentId, String name,
			@JsonProperty("create_time") long createTime, @JsonProperty("update_time") long updateTime, String version,
			String creator, String modifier, @JsonProperty("enterprise_project_id") String enterpriseProjectId) {

		static Item from(DocumentSummary d) {
			return new Item(d.documentId(), d.name(), d.createTime(), d.updateTime(), d.version(), d.creator(),
					d.modifier(), d.enterpriseProjectId());
		}

	}

}
