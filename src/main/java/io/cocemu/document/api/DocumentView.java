package io.cocemu.document.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.document.DocumentDetail;
import io.cocemu.document.RiskLevel;
import io.cocemu.document.VersionSummary;

/**
 * A job as ShowDocument answers it (coc-api.md, section 3.3): {@code id} equals
 * {@code document_id}, times are epoch milliseconds, {@code modifier} is written even
 * when null, a description never given is left out, and tags are never shown.
 */
record DocumentView(String id, @JsonProperty("document_id") String documentId, String name, String content,
		@JsonProperty("create_time") long createTime, @JsonProperty("update_time") long updateTime, String version,
		String creator, String modifier, @JsonProperty("enterprise_project_id") String enterpriseProjectId,
		@JsonProperty("risk_level") RiskLevel riskLevel, @JsonInclude(JsonInclude.Include.NON_NULL) String description,
		List<Version> versions) {

	static DocumentView from(DocumentDetail d) {
		return new DocumentView(d.documentId(), d.documentId(), d.name(), d.content(), d.createTime(), d.updateTime(),
				d.version(), d.creator(), d.modifier(), d.enterpriseProjectId(), d.riskLevel(), d.description(),
				d.versions().stream().map(Version::from).toList());
	}

	record Version(String version, @JsonProperty("version_uuid") String versionUuid,
			@JsonProperty("create_time") long createTime) {

		static Version from(VersionSummary v) {
			return new Version(v.version(), v.versionUuid(), v.createTime());
		}

	}

}
