package io.cocemu.runbook;

import java.util.List;

import io.cocemu.error.InvalidParameterException;

/**
 * Content that is too long, is not YAML, or, in strict mode, breaks the runbook language.
 */
public class InvalidRunbookException extends InvalidParameterException {

	private final transient Position position;

	private final String problem;

	InvalidRunbookException(String problem, Position position) {
		super((position != null) ? problem + " at " + position : problem);
		this.position = position;
		this.problem = problem;
	}

	InvalidRunbookException(List<String> problems) {
		super(problems);
		this.position = null;
		this.problem = getMessage();
	}

	/**
	 * What is wrong, without where.
	 * @return the problem
	 */
	String problem() {
		return this.problem;
	}

	/**
	 * Where the problem is, if it is in one place.
	 * @return the position, or null
	 */
	Position position() {
		return this.position;
	}

}
