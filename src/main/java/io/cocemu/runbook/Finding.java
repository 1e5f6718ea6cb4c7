package io.cocemu.runbook;

/**
 * One thing the checker found in a runbook.
 *
 * @param severity whether it makes the runbook invalid
 * @param code what kind of finding it is, stable for tools to match on
 * @param message what is wrong, for people
 * @param line the line it is on, from 1
 * @param column the column it is at, from 1
 */
public record Finding(Severity severity, String code, String message, int line, int column) {

	static Finding of(Rule rule, Position position, String message) {
		return new Finding(rule.severity(), rule.code(), message, position.line(), position.column());
	}

	/**
	 * How much a finding matters.
	 */
	public enum Severity {

		/** The runbook is wrong; strict mode refuses it. */
		ERROR,

		/** Probably a mistake, but the runbook may still run. */
		WARNING

	}

}
