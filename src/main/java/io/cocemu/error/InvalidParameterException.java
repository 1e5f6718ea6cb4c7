package io.cocemu.error;

import java.util.List;

/**
 * Invalid input, answered with {@code COC.00010002} and every problem found, joined with
 * {@code " | "} as the real service joins its field messages.
 */
public class InvalidParameterException extends CocException {

	public InvalidParameterException(String problem) {
		super(ErrorCode.INVALID_PARAMETER, problem);
	}

	public InvalidParameterException(List<String> problems) {
		this(String.join(" | ", problems));
	}

}
