package io.cocemu.document.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.document.DocumentRevision;
import io.cocemu.document.RiskLevel;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The body of UpdateDocument (coc-api.md, section 3.4), with the field rules of create.
 * Enterprise project and tags cannot change; sent anyway, they are ignored like any
 * unknown field.
 */
record UpdateDocumentRequest(@NotNull @CodePointLength(min = 1, max = 128) String name, @NotEmpty String content,
		String description, @JsonProperty("risk_level") RiskLevel riskLevel) {

	DocumentRevision toRevision() {
		return new DocumentRevision(this.name, this.content, this.description, this.riskLevel);
	}

}
