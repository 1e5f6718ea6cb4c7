package io.cocemu.document;

import io.cocemu.error.CocException;
import io.cocemu.error.ErrorCode;

/**
 * A job, or a version of one, that the caller cannot see: it never existed, was deleted,
 * or belongs to another tenant. The three are indistinguishable on purpose.
 */
public class DocumentNotFoundException extends CocException {

	DocumentNotFoundException(String documentId) {
		super(ErrorCode.DOCUMENT_NOT_FOUND, "The document %s does not exist.".formatted(documentId));
	}

	DocumentNotFoundException(String documentId, String version) {
		super(ErrorCode.DOCUMENT_NOT_FOUND,
				"The version %s of document %s does not exist.".formatted(version, documentId));
	}

}
