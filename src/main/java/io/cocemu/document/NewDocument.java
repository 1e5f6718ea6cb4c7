package io.cocemu.document;

import java.util.List;

/**
 * What a client asks to create.
 *
 * @param name the job name
 * @param content the runbook
 * @param enterpriseProjectId the enterprise project, may be empty
 * @param riskLevel the risk level
 * @param description the description, or null
 * @param tags the tags, possibly empty
 */
public record NewDocument(String name, String content, String enterpriseProjectId, RiskLevel riskLevel,
		String description, List<DocumentTag> tags) {

	public NewDocument {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
