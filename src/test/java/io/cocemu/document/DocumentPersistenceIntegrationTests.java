package io.cocemu.document;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.cocemu.CocClient;
import io.cocemu.CocEmulatorApplication;
import io.cocemu.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job acknowledged with 200 is on disk: it survives a restart, and a kill -9 right
 * after the response.
 */
class DocumentPersistenceIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void survivesARestart() {
		String id;
		try (ConfigurableApplicationContext first = start()) {
			id = DocumentCreateIntegrationTests
				.createdId(client(first).post("/v1/documents", Examples.CREATE_BODY, "X-Domain-Id", "restart"));
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select tenant_id from document where document_id = ?", String.class, id))
				.isEqualTo("restart");
			assertThat(
					jdbc.queryForObject("select content from document_version where document_id = ?", String.class, id))
				.isEqualTo(Examples.CONTENT);
		}
	}

	@Test
	void survivesAKillRightAfterTheResponse() throws Exception {
		int port = freePort();
		Process emulator = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
				CocEmulatorApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--cocemu.data-dir=" + this.dataDir)
			.redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("emulator.log").toFile())
			.start();
		Set<String> acknowledged = new HashSet<>();
		try {
			CocClient client = new CocClient(port);
			client.awaitHealthy(Duration.ofSeconds(60));
			for (int i = 0; i < 20; i++) {
				acknowledged
					.add(DocumentCreateIntegrationTests.createdId(client.post("/v1/documents", Examples.CREATE_BODY)));
			}
		}
		finally {
			emulator.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
			assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(storedIds()).containsAll(acknowledged).hasSize(20);
	}

	private Set<String> storedIds() throws Exception {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("coc-emulator");
		Set<String> ids = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select document_id from document")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(CocEmulatorApplication.class, "--server.port=0", "--server.address=127.0.0.1",
				"--cocemu.data-dir=" + this.dataDir);
	}

	private static CocClient client(ConfigurableApplicationContext context) {
		return new CocClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
