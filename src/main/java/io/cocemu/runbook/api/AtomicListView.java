package io.cocemu.runbook.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.runbook.Atomic;
import io.cocemu.web.Paging;

/**
 * A page of ListDocumentAtomics: {@code {"data": [...], "total": n}}.
 */
record AtomicListView(List<Item> data, long total) {

	static AtomicListView from(List<Atomic> atomics, Paging paging) {
		List<Item> page = atomics.stream().skip(paging.offset()).limit(paging.limit()).map(Item::from).toList();
		return new AtomicListView(page, atomics.size());
	}

	record Item(@JsonProperty("atomic_unique_key") String key, @JsonProperty("atomic_name_zh") String nameZh,
			@JsonProperty("atomic_name_en") String nameEn, List<String> tags) {

		static Item from(Atomic atomic) {
			return new Item(atomic.key(), atomic.nameZh(), atomic.nameEn(), atomic.tags());
		}

	}

}
