package io.cocemu.runbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on a runbook.
 *
 * @param maxContentLength the most characters (code points) a job's content may hold;
 * 65536 is the "64 KB" of the COC docs, counted as the API definition counts it
 * @param maxAliases the most aliases to collections a runbook may use, against "billion
 * laughs" documents
 * @param maxDepth the deepest nesting of collections a runbook may use
 */
@ConfigurationProperties("cocemu.runbook")
public record RunbookProperties(@DefaultValue("65536") int maxContentLength, @DefaultValue("50") int maxAliases,
		@DefaultValue("50") int maxDepth) {
}
