package io.cocemu.runbook;

import java.util.List;

import io.cocemu.runbook.Finding.Severity;
import io.cocemu.runbook.RunbookProperties.Validation;

import org.springframework.stereotype.Component;

/**
 * Decides whether a job's content is acceptable: by default its size and YAML syntax
 * only, as the real service (coc-api.md, section 3.1); in strict mode also every rule of
 * the runbook language.
 */
@Component
public class RunbookParser {

	private final RunbookProperties properties;

	private final RunbookSyntax syntax;

	private final RunbookChecker checker;

	public RunbookParser(RunbookProperties properties, RunbookChecker checker) {
		this.properties = properties;
		this.syntax = new RunbookSyntax(properties);
		this.checker = checker;
	}

	/**
	 * Checks the content as the configured mode says.
	 * @param content the runbook text
	 * @throws InvalidRunbookException if it is too long or not YAML, or, in strict mode,
	 * has errors; every error is in the message
	 */
	public void check(String content) {
		if (this.properties.validation() == Validation.LENIENT) {
			this.syntax.check(content);
			return;
		}
		List<String> errors = this.checker.check(content)
			.stream()
			.filter((finding) -> finding.severity() == Severity.ERROR)
			.map(RunbookParser::describe)
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidRunbookException(errors);
		}
	}

	private static String describe(Finding finding) {
		return "content line %d, column %d: %s (%s)".formatted(finding.line(), finding.column(), finding.message(),
				finding.code());
	}

}
