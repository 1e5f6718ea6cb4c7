package io.cocemu.document.store;

import java.util.ArrayList;
import java.util.List;

import io.cocemu.document.DocumentFilter;

/**
 * The SQL of one job list: its conditions, and an order that an index already has.
 * <p>
 * H2 reads a page straight off an index only when the ORDER BY starts with that index's
 * columns, including those the WHERE clause fixes to one value. So the order names the
 * tenant (and the creator or project when they are filtered on) first: a constant that
 * changes nothing in the result, but spares sorting every matching row for each page.
 */
record ListQuery(String where, String orderBy, Object[] args) {

	private static final String COLUMNS = """
			document_id, name, create_time, update_time, latest_version, creator, modifier, enterprise_project_id""";

	static ListQuery of(String tenantId, DocumentFilter filter) {
		StringBuilder where = new StringBuilder("tenant_id = ?");
		List<Object> args = new ArrayList<>(List.of(tenantId));
		String indexed = "tenant_id";
		if (filter.creator() != null) {
			where.append(" and creator = ?");
			args.add(filter.creator());
			indexed = "tenant_id, creator";
		}
		if (filter.enterpriseProjectId() != null) {
			where.append(" and enterprise_project_id = ?");
			args.add(filter.enterpriseProjectId());
			indexed = (filter.creator() != null) ? indexed : "tenant_id, enterprise_project_id";
		}
		if (filter.nameLike() != null) {
			where.append(" and lower(name) like ? escape '\\'");
			args.add("%" + escapeLike(filter.nameLikeLowerCase()) + "%");
		}
		return new ListQuery(where.toString(), indexed + ", create_time desc, document_id desc", args.toArray());
	}

	String countSql() {
		return "select count(*) from document where " + this.where;
	}

	String pageSql() {
		return "select " + COLUMNS + " from document where " + this.where + " order by " + this.orderBy
				+ " limit ? offset ?";
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
