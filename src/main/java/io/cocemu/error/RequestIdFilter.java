package io.cocemu.error;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id of 32 lowercase hex characters and sends it back before
 * anything else can fail, so that errors carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	/**
	 * Spelled exactly so: the generated Java SDK looks the header up case-sensitively
	 * (coc-api.md, section 5.4).
	 */
	public static final String HEADER = "X-request-id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(ATTRIBUTE) == null) {
			String id = newId();
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		chain.doFilter(request, response);
	}

	// A request that Tomcat refused before any filter ran (TRACE, say) reaches us only in
	// its error dispatch, and still needs its id.
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = newId();
			request.setAttribute(ATTRIBUTE, id);
		}
		return id.toString();
	}

	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
	}

}
