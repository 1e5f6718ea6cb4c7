package io.cocemu.error;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request that never reached the application, such as one whose
 * path is not valid URL encoding: a Huawei error body instead of Tomcat's HTML page.
 */
public class CocErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ErrorCode code = ErrorCode.forStatus(status);
		String requestId = response.getHeader(RequestIdFilter.HEADER);
		if (requestId == null) {
			requestId = RequestIdFilter.newId();
			response.setHeader(RequestIdFilter.HEADER, requestId);
		}
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body(code, requestId));
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone, or the response is already on its way

		}
	}

	// Every message of ErrorCode is a constant without characters that JSON must escape.
	private static String body(ErrorCode code, String requestId) {
		String fields = "\"error_code\":\"%s\",\"error_msg\":\"%s\"".formatted(code.code(), code.message());
		return code.fromGateway() ? "{" + fields + ",\"request_id\":\"" + requestId + "\"}" : "{" + fields + "}";
	}

}
