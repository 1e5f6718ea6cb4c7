package io.cocemu.runbook.api;

import io.cocemu.error.InvalidParameterException;
import io.cocemu.runbook.AtomicCatalogue;
import io.cocemu.web.AllByDefault;
import io.cocemu.web.DataBody;
import io.cocemu.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ListDocumentAtomics and ShowDocumentAtomicInfo (coc-api.md, sections 3.12 and 3.13).
 */
@RestController
@RequestMapping("/v1/atomics")
class AtomicController {

	private final AtomicCatalogue atomics;

	AtomicController(AtomicCatalogue atomics) {
		this.atomics = atomics;
	}

	@GetMapping
	AtomicListView list(@AllByDefault Paging paging) {
		return AtomicListView.from(this.atomics.all(), paging);
	}

	@GetMapping("/{atomic_unique_key}")
	DataBody<AtomicView> show(@PathVariable("atomic_unique_key") String key) {
		return new DataBody<>(this.atomics.find(key)
			.map(AtomicView::from)
			.orElseThrow(() -> new InvalidParameterException("atomic_unique_key " + key + " is not one of "
					+ String.join(", ", this.atomics.all().stream().map((a) -> a.key()).toList()))));
	}

}
