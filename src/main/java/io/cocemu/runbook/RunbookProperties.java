package io.cocemu.runbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How runbooks are checked.
 *
 * @param maxContentLength the most characters (code points) a job's content may hold;
 * 65536 is the "64 KB" of the COC docs, counted as the API definition counts it
 * @param maxAliases the most aliases to collections a runbook may use, against "billion
 * laughs" documents
 * @param maxDepth the deepest nesting of collections a runbook may use
 * @param validation what create and update check: {@code lenient}, size and YAML syntax
 * only, as the real service; or {@code strict}, the whole runbook language
 * @param atomicCatalogue the atomic capabilities and their inputs
 */
@ConfigurationProperties("cocemu.runbook")
public record RunbookProperties(@DefaultValue("65536") int maxContentLength, @DefaultValue("50") int maxAliases,
		@DefaultValue("50") int maxDepth, @DefaultValue("lenient") Validation validation,
		@DefaultValue("classpath:atomics/catalogue.json") Resource atomicCatalogue) {

	/**
	 * How much of a runbook create and update check.
	 */
	public enum Validation {

		/** Size and YAML syntax, as the real service. */
		LENIENT,

		/** Every rule of the runbook language; errors refuse the runbook. */
		STRICT

	}

}
