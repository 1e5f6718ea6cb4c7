package io.cocemu.runbook;

import io.cocemu.error.InvalidParameterException;

/**
 * Content that is too long or is not YAML.
 */
public class InvalidRunbookException extends InvalidParameterException {

	InvalidRunbookException(String problem) {
		super(problem);
	}

}
