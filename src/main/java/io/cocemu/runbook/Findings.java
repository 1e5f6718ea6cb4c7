package io.cocemu.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one check, at most {@link #MAX} of them: aliases let a runbook of 64 KB
 * repeat one mistake millions of times, and nobody reads past the first hundreds.
 */
final class Findings {

	static final int MAX = 200;

	private static final Comparator<Finding> IN_TEXT_ORDER = Comparator.comparingInt(Finding::line)
		.thenComparingInt(Finding::column)
		.thenComparing(Finding::code)
		.thenComparing(Finding::message);

	private final List<Finding> findings = new ArrayList<>();

	private int dropped;

	void report(Rule rule, Position position, String message) {
		if (this.findings.size() < MAX) {
			this.findings.add(Finding.of(rule, position, message));
		}
		else {
			this.dropped++;
		}
	}

	/**
	 * The findings in text order, and a last one that counts those left out.
	 * @return the findings
	 */
	List<Finding> inTextOrder() {
		List<Finding> sorted = new ArrayList<>(this.findings);
		sorted.sort(IN_TEXT_ORDER);
		if (this.dropped > 0) {
			sorted.add(Finding.of(Rule.TOO_MANY_FINDINGS, Position.START,
					this.dropped + " more findings left out; the first " + MAX + " are above"));
		}
		return List.copyOf(sorted);
	}

}
