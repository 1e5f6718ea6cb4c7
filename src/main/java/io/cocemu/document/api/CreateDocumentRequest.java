package io.cocemu.document.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.document.DocumentTag;
import io.cocemu.document.NewDocument;
import io.cocemu.document.RiskLevel;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The body of CreateDocument (coc-api.md, section 3.1). Lengths count characters, as the
 * API definition does; the content's upper limit and syntax are the runbook module's.
 */
record CreateDocumentRequest(@NotNull @CodePointLength(min = 1, max = 128) String name, @NotEmpty String content,
		@JsonProperty("enterprise_project_id") @NotNull @CodePointLength(max = 128) String enterpriseProjectId,
		@JsonProperty("risk_level") @NotNull RiskLevel riskLevel, String description,
		@Size(max = MAX_TAGS) List<@Valid Tag> tags) {

	// The real limits are not public: these are Huawei's tag limits elsewhere, and they
	// bound what one request can make us store.
	static final int MAX_TAGS = 50;

	NewDocument toNewDocument() {
		List<DocumentTag> documentTags = (this.tags != null) ? this.tags.stream().map(Tag::toDocumentTag).toList()
				: List.of();
		return new NewDocument(this.name, this.content, this.enterpriseProjectId, this.riskLevel, this.description,
				documentTags);
	}

	record Tag(@CodePointLength(max = 128) String key, @CodePointLength(max = 255) String value) {

		DocumentTag toDocumentTag() {
			return new DocumentTag(this.key, this.value);
		}

	}

}
