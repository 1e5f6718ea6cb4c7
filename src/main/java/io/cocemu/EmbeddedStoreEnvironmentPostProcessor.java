package io.cocemu;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the data source at the embedded H2 file store under {@code cocemu.data-dir},
 * unless {@code spring.datasource.url} names another store.
 * <p>
 * H2 refuses paths that are implicitly relative ({@code data}, but not {@code ./data}),
 * so the directory is made absolute here rather than in a property placeholder. The
 * {@code WRITE_DELAY=0} setting writes each commit to the file before the response goes
 * out, so that an acknowledged job survives a {@code kill -9};
 * {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to Spring, after the requests in flight
 * have been answered. {@code LOCK_TIMEOUT} lets updates of one job queue behind each
 * other for longer than H2's default second before one of them fails.
 */
class EmbeddedStoreEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIR = "cocemu.data-dir";

	static final String DEFAULT_DATA_DIR = "data";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
		Map<String, Object> store = Map.of("spring.datasource.url",
				"jdbc:h2:file:" + dataDir.resolve("coc-emulator")
						+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
		environment.getPropertySources().addLast(new MapPropertySource("cocemu-embedded-store", store));
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
