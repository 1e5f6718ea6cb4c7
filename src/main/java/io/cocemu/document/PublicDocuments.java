package io.cocemu.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.error.CocException;
import io.cocemu.runbook.RunbookParser;
import io.cocemu.web.Paging;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The public jobs every tenant sees with {@code document_type=PUBLIC}; the real cloud has
 * such jobs and the Terraform provider's tests expect some (coc-api.md, section 9.2).
 * They are read once, at startup, from a catalogue that teams may replace with their own
 * (see {@link DocumentProperties}), and they never change: no tenant owns them, so none
 * can update or delete them.
 */
@Component
class PublicDocuments {

	private static final Pattern ID = Pattern.compile("DM\\d{21}");

	private final Map<String, DocumentDetail> byId;

	// newest first, made once: the list is the same on every request
	private final List<DocumentSummary> summaries;

	PublicDocuments(DocumentProperties properties, RunbookParser runbooks) {
		List<DocumentDetail> documents = load(properties.publicCatalogue(), runbooks);
		this.byId = documents.stream().collect(Collectors.toUnmodifiableMap(DocumentDetail::documentId, (d) -> d));
		this.summaries = documents.stream().map(DocumentDetail::summary).sorted(DocumentSummary.NEWEST_FIRST).toList();
	}

	Optional<DocumentDetail> find(String documentId) {
		return Optional.ofNullable(this.byId.get(documentId));
	}

	DocumentPage list(DocumentFilter filter, Paging paging) {
		List<DocumentSummary> matching = this.summaries.stream().filter(filter::matches).toList();
		return new DocumentPage(matching.size(),
				matching.stream().skip(paging.offset()).limit(paging.limit()).toList());
	}

	private static List<DocumentDetail> load(Resource catalogue, RunbookParser runbooks) {
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<Entry> entries;
		try (InputStream in = catalogue.getInputStream()) {
			entries = mapper.readValue(in, new TypeReference<List<Entry>>() {
			});
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Cannot read the public job catalogue " + catalogue, ex);
		}
		Set<String> ids = new HashSet<>();
		return entries.stream().map((entry) -> entry.toDetail(catalogue, runbooks, ids)).toList();
	}

	/**
	 * One job of the catalogue file, at version {@code v1}.
	 */
	record Entry(@JsonProperty("document_id") String documentId, @JsonProperty("version_uuid") String versionUuid,
			String name, String description, @JsonProperty("risk_level") RiskLevel riskLevel,
			@JsonProperty("enterprise_project_id") String enterpriseProjectId, String creator,
			@JsonProperty("create_time") Long createTime, @JsonProperty("content_file") String contentFile) {

		DocumentDetail toDetail(Resource catalogue, RunbookParser runbooks, Set<String> ids) {
			if (this.documentId == null || !ID.matcher(this.documentId).matches() || !ids.add(this.documentId)) {
				throw invalid("document_id must be DM and 21 digits, once in the catalogue");
			}
			if (this.versionUuid == null || this.name == null || this.riskLevel == null
					|| this.enterpriseProjectId == null || this.creator == null || this.createTime == null
					|| this.contentFile == null) {
				throw invalid("version_uuid, name, risk_level, enterprise_project_id, creator, create_time and "
						+ "content_file are required");
			}
			String content = content(catalogue);
			try {
				runbooks.check(content);
			}
			catch (CocException ex) {
				throw invalid(this.contentFile + ": " + ex.getMessage());
			}
			return new DocumentDetail(this.documentId, this.name, content, this.createTime, this.createTime, "v1",
					this.creator, null, this.enterpriseProjectId, this.riskLevel, this.description,
					List.of(new VersionSummary("v1", this.versionUuid, this.createTime)));
		}

		private String content(Resource catalogue) {
			try (InputStream in = catalogue.createRelative(this.contentFile).getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw invalid("cannot read " + this.contentFile + ": " + ex.getMessage());
			}
		}

		private IllegalStateException invalid(String problem) {
			return new IllegalStateException("Public job " + this.documentId + " in the catalogue: " + problem);
		}

	}

}
