package io.cocemu.document.api;

import io.cocemu.document.DocumentFilter;
import io.cocemu.document.DocumentService;
import io.cocemu.document.DocumentType;
import io.cocemu.tenant.Caller;
import io.cocemu.web.DataBody;
import io.cocemu.web.Paging;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COC document operations (coc-api.md, sections 3.1 to 3.5).
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

	@GetMapping
	DocumentListView list(@RequestParam(name = "name_like", required = false) String nameLike,
			@RequestParam(required = false) String creator,
			@RequestParam(name = "enterprise_project_id", required = false) String enterpriseProjectId,
			@RequestParam(name = "document_type", required = false) String documentType, Paging paging, Caller caller) {
		DocumentFilter filter = new DocumentFilter(nameLike, creator, enterpriseProjectId);
		return DocumentListView
			.from(this.documents.list(DocumentType.fromParameter(documentType), filter, paging, caller));
	}

	@GetMapping("/{document_id}")
	DataBody<DocumentView> show(@PathVariable("document_id") String documentId,
			@RequestParam(required = false) String version,
			@RequestParam(name = "document_type", required = false) String documentType, Caller caller) {
		DocumentType type = DocumentType.fromParameter(documentType);
		return new DataBody<>(DocumentView.from(this.documents.find(documentId, version, type, caller)));
	}

	@PutMapping("/{document_id}")
	DataBody<String> update(@PathVariable("document_id") String documentId, @RequestBody UpdateDocumentRequest request,
			Caller caller) {
		this.documents.update(documentId, request.toRevision(), caller);
		return new DataBody<>(documentId);
	}

	@DeleteMapping("/{document_id}")
	DataBody<String> delete(@PathVariable("document_id") String documentId, Caller caller) {
		this.documents.delete(documentId, caller);
		return new DataBody<>(documentId);
	}

}
