package io.cocemu.error;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one path from an exception to a Huawei error body. Spring's own failures (bad JSON,
 * unknown path, wrong method, ...) are rendered here too, never as a ProblemDetail.
 */
@RestControllerAdvice
class CocExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CocExceptionHandler.class);

	@ExceptionHandler(CocException.class)
	ResponseEntity<Object> handleCoc(CocException ex, HttpServletRequest request) {
		return ErrorResponses.of(ex.errorCode(), ex.getMessage(), HttpHeaders.EMPTY, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ErrorResponses.of(ErrorCode.INTERNAL, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		ErrorCode code = ErrorCode.forStatus(statusCode.value());
		if (code == ErrorCode.INTERNAL) {
			log.error("Request failed with {}", statusCode, ex);
		}
		String message = (code == ErrorCode.INVALID_PARAMETER) ? invalidInputMessage(ex) : code.message();
		return ErrorResponses.of(code, message, headers, servletRequest);
	}

	// Spring's own messages name Java methods and types; the client gets one of its own.
	private static String invalidInputMessage(Exception ex) {
		if (ex instanceof HttpMessageNotReadableException) {
			return "request body is missing or is not a JSON object";
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return mismatch.getPropertyName() + " has an invalid value";
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return missing.getParameterName() + " must not be null";
		}
		return ErrorCode.INVALID_PARAMETER.message();
	}

}
