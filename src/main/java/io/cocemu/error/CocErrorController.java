package io.cocemu.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the errors that escape Spring MVC (a filter's failure, a container's
 * {@code sendError}) as Huawei bodies, in place of Boot's Whitelabel page and JSON.
 */
@RestController
class CocErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		// without a status this is a client asking for /error itself: an unknown API
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return ErrorResponses.of(ErrorCode.forStatus((status instanceof Integer value) ? value : 404), request);
	}

}
