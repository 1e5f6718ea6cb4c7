package io.cocemu.runbook;

import java.util.List;

import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.stereotype.Component;

/**
 * Checks a runbook against the whole runbook language and the atomic catalogue, and
 * answers every finding at once (up to {@link Findings#MAX}), in the order of the text.
 * It never throws for what the content says: whatever is wrong is a finding.
 */
@Component
public class RunbookChecker {

	private final RunbookSyntax syntax;

	private final AtomicCatalogue atomics;

	public RunbookChecker(RunbookProperties properties, AtomicCatalogue atomics) {
		this.syntax = new RunbookSyntax(properties);
		this.atomics = atomics;
	}

	/**
	 * Checks a runbook.
	 * @param content the runbook text
	 * @return every finding, errors and warnings, in text order; none for a good runbook
	 */
	public List<Finding> check(String content) {
		Node root;
		try {
			root = this.syntax.compose(content);
		}
		catch (InvalidRunbookException ex) {
			Position at = (ex.position() != null) ? ex.position() : Position.START;
			return List.of(Finding.of(Rule.SYNTAX, at, ex.problem()));
		}
		catch (YAMLException ex) {
			return List.of(Finding.of(Rule.SYNTAX, Position.START, "content is not valid YAML: " + ex.getMessage()));
		}
		Findings findings = new Findings();
		Runbook runbook = new RunbookReader(findings).read(root);
		new RunbookRules(this.atomics, findings).check(runbook);
		return findings.inTextOrder();
	}

}
