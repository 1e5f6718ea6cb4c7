package io.cocemu.error;

import org.springframework.http.HttpStatus;

/**
 * The error codes the emulator answers with (coc-api.md, section 5.3).
 */
public enum ErrorCode {

	INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "COC.00010002", "Invalid parameter values."),

	// The real message is not public (coc-api.md, section 5.2); only the code is.
	DOCUMENT_NOT_FOUND(HttpStatus.BAD_REQUEST, "COC.00042101", "The document does not exist."),

	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "COC.00040701", "Internal server error."),

	API_NOT_FOUND(HttpStatus.NOT_FOUND, "APIGW.0101",
			"The API does not exist or has not been published in the environment."),

	// The gateway matches method and path together, so it has no code of its own for a
	// wrong method; we keep its "API does not exist" code and answer the status HTTP asks
	// for.
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "APIGW.0101",
			"The API does not exist or has not been published in the environment."),

	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "APIGW.0201", "Request entity too large.");

	private final HttpStatus status;

	private final String code;

	private final String message;

	ErrorCode(HttpStatus status, String code, String message) {
		this.status = status;
		this.code = code;
		this.message = message;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String message() {
		return this.message;
	}

	/**
	 * The code for a failure that only an HTTP status describes, such as Spring's own.
	 */
	static ErrorCode forStatus(int status) {
		return switch (status) {
			case 404 -> API_NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 413 -> PAYLOAD_TOO_LARGE;
			default -> (status >= 400 && status < 500) ? INVALID_PARAMETER : INTERNAL;
		};
	}

	/**
	 * Whether API Gateway, not COC, answers with this code; gateway bodies carry the
	 * request id.
	 */
	boolean fromGateway() {
		return this.code.startsWith("APIGW.");
	}

}
