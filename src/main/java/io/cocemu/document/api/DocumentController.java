package io.cocemu.document.api;

import io.cocemu.document.DocumentService;
import io.cocemu.tenant.Caller;
import io.cocemu.web.DataBody;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COC document operations.
 */
@RestController
@RequestMapping("/v1/documents")
class DocumentController {

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@PostMapping
	DataBody<String> create(@RequestBody CreateDocumentRequest request, Caller caller) {
		return new DataBody<>(this.documents.create(request.toNewDocument(), caller));
	}

}
