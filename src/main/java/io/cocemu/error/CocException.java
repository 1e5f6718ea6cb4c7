package io.cocemu.error;

/**
 * A failure that reaches the client as a COC error body; feature exceptions extend it.
 */
public class CocException extends RuntimeException {

	private final ErrorCode errorCode;

	public CocException(ErrorCode errorCode, String message) {
		super(message);
		this.errorCode = errorCode;
	}

	public ErrorCode errorCode() {
		return this.errorCode;
	}

}
