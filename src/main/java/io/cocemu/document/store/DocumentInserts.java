package io.cocemu.document.store;

import java.util.ArrayList;
import java.util.List;

import io.cocemu.document.Document;
import io.cocemu.document.DocumentTag;
import io.cocemu.document.DocumentVersion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts new jobs with plain JDBC batches: creating jobs is the hot path, and
 * Hibernate's per-entity persist cost more than the database's own work.
 */
@Repository
public class DocumentInserts {

	private static final String INSERT_DOCUMENT = """
			insert into document (document_id, tenant_id, name, description, enterprise_project_id, risk_level,
			    creator, modifier, create_time, update_time, latest_version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_VERSION = """
			insert into document_version (version_uuid, document_id, version, name, content, description,
			    risk_level, create_time)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_TAG = """
			insert into document_tag (document_id, position, tag_key, tag_value) values (?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	public DocumentInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts new jobs with their versions and tags, in the caller's transaction.
	 * @param documents jobs that are not stored yet
	 */
	public void insertAll(List<Document> documents) {
		List<Object[]> rows = new ArrayList<>(documents.size());
		List<Object[]> versions = new ArrayList<>(documents.size());
		List<Object[]> tags = new ArrayList<>();
		for (Document document : documents) {
			rows.add(new Object[] { document.id(), document.tenantId(), document.name(), document.description(),
					document.enterpriseProjectId(), document.riskLevel().name(), document.creator(),
					document.modifier(), document.createTime(), document.updateTime(), document.versionNumber() });
			for (DocumentVersion version : document.versions()) {
				versions.add(new Object[] { version.versionUuid(), document.id(), version.number(), version.name(),
						version.content(), version.description(), version.riskLevel().name(), version.createTime() });
			}
			List<DocumentTag> documentTags = document.tags();
			for (int position = 0; position < documentTags.size(); position++) {
				DocumentTag tag = documentTags.get(position);
				tags.add(new Object[] { document.id(), position, tag.key(), tag.value() });
			}
		}
		this.jdbc.batchUpdate(INSERT_DOCUMENT, rows);
		this.jdbc.batchUpdate(INSERT_VERSION, versions);
		if (!tags.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_TAG, tags);
		}
	}

}
