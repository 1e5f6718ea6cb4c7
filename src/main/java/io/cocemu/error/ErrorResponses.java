package io.cocemu.error;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds every error response, so that the handler and the error controller answer alike.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static ResponseEntity<Object> of(ErrorCode code, String message, HttpHeaders headers, HttpServletRequest request) {
		String requestId = RequestIdFilter.requestId(request);
		Object body = code.fromGateway() ? new GatewayErrorBody(code.code(), message, requestId)
				: new ErrorBody(code.code(), message);
		return ResponseEntity.status(code.status())
			.headers(headers)
			.header(RequestIdFilter.HEADER, requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	static ResponseEntity<Object> of(ErrorCode code, HttpServletRequest request) {
		return of(code, code.message(), HttpHeaders.EMPTY, request);
	}

}
