package io.cocemu.document;

import java.util.List;

/**
 * A job as ShowDocument shows it: one version's text, and the whole version history. Tags
 * are not part of it, as on the real service (coc-api.md, section 3.3).
 *
 * @param documentId the id
 * @param name the name at this version
 * @param content the runbook at this version
 * @param createTime when the job was created, epoch milliseconds
 * @param updateTime when the job last changed, epoch milliseconds
 * @param version the version shown
 * @param creator who created the job
 * @param modifier who last updated it, null until the first update
 * @param enterpriseProjectId its enterprise project
 * @param riskLevel the risk level at this version
 * @param description the description at this version, or null
 * @param versions every version, oldest first
 */
public record DocumentDetail(String documentId, String name, String content, long createTime, long updateTime,
		String version, String creator, String modifier, String enterpriseProjectId, RiskLevel riskLevel,
		String description, List<VersionSummary> versions) {

	public DocumentDetail {
		versions = List.copyOf(versions);
	}

	/**
	 * The job as a list shows it.
	 * @return its summary
	 */
	public DocumentSummary summary() {
		return new DocumentSummary(this.documentId, this.name, this.createTime, this.updateTime, this.version,
				this.creator, this.modifier, this.enterpriseProjectId);
	}

}
