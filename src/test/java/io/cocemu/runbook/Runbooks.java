package io.cocemu.runbook;

import io.cocemu.runbook.RunbookProperties.Validation;

import org.springframework.core.io.ClassPathResource;

/**
 * Runbook checking as the application configures it by default, for tests without a
 * Spring context.
 */
public final class Runbooks {

	private Runbooks() {
	}

	public static RunbookProperties properties(Validation validation) {
		return new RunbookProperties(65536, 50, 50, validation, new ClassPathResource("atomics/catalogue.json"));
	}

	public static RunbookChecker checker() {
		RunbookProperties properties = properties(Validation.STRICT);
		return new RunbookChecker(properties, new AtomicCatalogue(properties));
	}

	public static RunbookParser lenientParser() {
		return new RunbookParser(properties(Validation.LENIENT), checker());
	}

	public static RunbookParser strictParser() {
		return new RunbookParser(properties(Validation.STRICT), checker());
	}

}
