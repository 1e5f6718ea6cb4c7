package io.cocemu.document.store;

import java.util.ArrayList;
import java.util.List;

import io.cocemu.document.DocumentFilter;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list is answered from an index, in index order: H2's plans, on the real schema,
 * name the index and say "index sorted", so no page costs a scan or a sort of the
 * tenant's jobs.
 */
class ListQueryTests {

	private static final JdbcTemplate jdbc = new JdbcTemplate(schema());

	@BeforeAll
	static void migrate() {
		Flyway.configure().dataSource(jdbc.getDataSource()).load().migrate();
	}

	@Test
	void readsAnUnfilteredPageOffTheTenantIndex() {
		assertPage(DocumentFilter.NONE, "DOCUMENT_TENANT_NEWEST");
		assertCount(DocumentFilter.NONE, "DOCUMENT_TENANT_NEWEST");
	}

	@Test
	void readsACreatorsPageOffTheCreatorIndex() {
		DocumentFilter filter = new DocumentFilter(null, "COC-emulator", null);
		assertPage(filter, "DOCUMENT_TENANT_CREATOR");
		assertCount(filter, "DOCUMENT_TENANT_CREATOR");
	}

	@Test
	void readsAProjectsPageOffTheProjectIndex() {
		DocumentFilter filter = new DocumentFilter(null, null, "0");
		assertPage(filter, "DOCUMENT_TENANT_PROJECT");
		assertCount(filter, "DOCUMENT_TENANT_PROJECT");
	}

	@Test
	void readsAPageFilteredOnEverythingOffAnIndexInOrder() {
		assertPage(new DocumentFilter("backup", "COC-emulator", "0"), "DOCUMENT_TENANT_CREATOR");
	}

	@Test
	void readsANamePartThroughTheTenantsJobsInOrder() {
		assertPage(new DocumentFilter("backup", null, null), "DOCUMENT_TENANT_NEWEST");
	}

	@Test
	void matchesLikeWildcardsLiterally() {
		ListQuery query = ListQuery.of("t", new DocumentFilter("100%_\\X", null, null));
		assertThat(query.args()).containsExactly("t", "%100\\%\\_\\\\x%");
	}

	private static void assertPage(DocumentFilter filter, String index) {
		ListQuery query = ListQuery.of("tenant", filter);
		List<Object> args = new ArrayList<>(List.of(query.args()));
		args.add(100);
		args.add(0L);
		String plan = explain(query.pageSql(), args.toArray());
		assertThat(plan).contains("/* PUBLIC." + index + ":").endsWith("/* index sorted */");
	}

	private static void assertCount(DocumentFilter filter, String index) {
		ListQuery query = ListQuery.of("tenant", filter);
		assertThat(explain(query.countSql(), query.args())).contains("/* PUBLIC." + index + ":");
	}

	private static String explain(String sql, Object[] args) {
		return jdbc.queryForObject("explain " + sql, String.class, args).replaceAll("\\s+", " ");
	}

	private static JdbcDataSource schema() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:list-query-plans;DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
