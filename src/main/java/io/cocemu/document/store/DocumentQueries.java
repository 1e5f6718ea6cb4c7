package io.cocemu.document.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cocemu.document.DocumentDetail;
import io.cocemu.document.DocumentFilter;
import io.cocemu.document.DocumentPage;
import io.cocemu.document.DocumentSummary;
import io.cocemu.document.RiskLevel;
import io.cocemu.document.VersionSummary;
import io.cocemu.web.Paging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads jobs as the API shows them, with plain SQL: the reads fetch only the columns they
 * show, and never a version's content they do not show.
 * <p>
 * Every query is answered from an index on the tenant (migration V2), so its cost depends
 * on the page and the matching jobs, not on how many jobs the store holds.
 */
@Repository
public class DocumentQueries {

	private static final String DETAIL = """
			select d.document_id, v.name, v.content, d.create_time, d.update_time, v.version, d.creator, d.modifier,
			    d.enterprise_project_id, v.risk_level, v.description
			from document d join document_version v on v.document_id = d.document_id
			where d.document_id = ? and d.tenant_id = ? and v.version = """;

	private static final String VERSIONS = """
			select version, version_uuid, create_time from document_version where document_id = ? order by version""";

	private static final RowMapper<DocumentSummary> SUMMARY = (rs, row) -> new DocumentSummary(
			rs.getString("document_id"), rs.getString("name"), rs.getLong("create_time"), rs.getLong("update_time"),
			"v" + rs.getInt("latest_version"), rs.getString("creator"), rs.getString("modifier"),
			rs.getString("enterprise_project_id"));

	private static final RowMapper<VersionSummary> VERSION = (rs, row) -> new VersionSummary("v" + rs.getInt("version"),
			rs.getString("version_uuid"), rs.getLong("create_time"));

	private final JdbcTemplate jdbc;

	public DocumentQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finds one version of a tenant's job.
	 * @param tenantId the caller's tenant
	 * @param documentId the job id
	 * @param version the version number, or null for the latest
	 * @return the job at that version, if both exist
	 */
	public Optional<DocumentDetail> find(String tenantId, String documentId, Integer version) {
		List<Object> args = new ArrayList<>(List.of(documentId, tenantId));
		String sql = DETAIL + ((version != null) ? "?" : "d.latest_version");
		if (version != null) {
			args.add(version);
		}
		List<DocumentDetail> found = this.jdbc.query(sql, DocumentQueries::detailWithoutVersions, args.toArray());
		// read after the detail, so that the history always holds the version shown
		return found.stream().findFirst().map((detail) -> withVersions(detail, documentId));
	}

	/**
	 * Whether a tenant has a job.
	 * @param tenantId the caller's tenant
	 * @param documentId the job id
	 * @return true if it has
	 */
	public boolean exists(String tenantId, String documentId) {
		return !this.jdbc
			.queryForList("select 1 from document where document_id = ? and tenant_id = ?", Integer.class, documentId,
					tenantId)
			.isEmpty();
	}

	/**
	 * Lists one page of a tenant's jobs, newest first.
	 * @param tenantId the caller's tenant
	 * @param filter which jobs
	 * @param paging which page
	 * @return the page, and how many jobs match in all
	 */
	public DocumentPage list(String tenantId, DocumentFilter filter, Paging paging) {
		ListQuery query = ListQuery.of(tenantId, filter);
		Long total = this.jdbc.queryForObject(query.countSql(), Long.class, query.args());
		if (total == null || paging.offset() >= total) {
			return new DocumentPage((total != null) ? total : 0, List.of());
		}
		List<Object> pageArgs = new ArrayList<>(List.of(query.args()));
		pageArgs.add(paging.limit());
		pageArgs.add(paging.offset());
		return new DocumentPage(total, this.jdbc.query(query.pageSql(), SUMMARY, pageArgs.toArray()));
	}

	private static DocumentDetail detailWithoutVersions(ResultSet rs, int row) throws SQLException {
		return new DocumentDetail(rs.getString("document_id"), rs.getString("name"), rs.getString("content"),
				rs.getLong("create_time"), rs.getLong("update_time"), "v" + rs.getInt("version"),
				rs.getString("creator"), rs.getString("modifier"), rs.getString("enterprise_project_id"),
				RiskLevel.valueOf(rs.getString("risk_level")), rs.getString("description"), List.of());
	}

	private DocumentDetail withVersions(DocumentDetail detail, String documentId) {
		List<VersionSummary> versions = this.jdbc.query(VERSIONS, VERSION, documentId);
		return new DocumentDetail(detail.documentId(), detail.name(), detail.content(), detail.createTime(),
				detail.updateTime(), detail.version(), detail.creator(), detail.modifier(),
				detail.enterpriseProjectId(), detail.riskLevel(), detail.description(), versions);
	}

}
