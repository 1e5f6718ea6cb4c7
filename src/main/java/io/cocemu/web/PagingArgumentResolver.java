package io.cocemu.web;

import java.util.ArrayList;
import java.util.List;

import io.cocemu.error.InvalidParameterException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link Paging} from the {@code offset} and {@code limit} query parameters. The
 * SDKs type {@code offset} as a string and {@code limit} as an integer (coc-api.md,
 * section 3.2); both arrive as query text, and both must be whole numbers, given at most
 * once. An empty parameter counts as an absent one.
 */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

	// Enough digits for any offset a client could page to, few enough to fit a long.
	private static final int MAX_DIGITS = 18;

	private final PagingProperties properties;

	PagingArgumentResolver(PagingProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Paging.class;
	}

	@Override
	public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		List<String> problems = new ArrayList<>();
		Long offset = number(request.getParameterValues("offset"), 0);
		String[] limits = request.getParameterValues("limit");
		boolean absent = isAbsent(limits);
		long absentLimit = parameter.hasParameterAnnotation(AllByDefault.class) ? Integer.MAX_VALUE
				: this.properties.defaultLimit();
		Long limit = number(limits, absentLimit);
		if (limit == null || limit < 1 || (!absent && limit > this.properties.maxLimit())) {
			problems.add("limit must be a whole number from 1 to " + this.properties.maxLimit());
		}
		if (offset == null) {
			problems.add("offset must be a whole number of at least 0");
		}
		if (!problems.isEmpty()) {
			throw new InvalidParameterException(problems);
		}
		return new Paging(offset, limit.intValue());
	}

	private static boolean isAbsent(String[] values) {
		return values == null || (values.length == 1 && values[0].isEmpty());
	}

	// A parameter given twice is ambiguous, and so as invalid as one that is not a
	// number.
	private static Long number(String[] values, long absent) {
		if (isAbsent(values)) {
			return absent;
		}
		String text = (values.length == 1) ? values[0] : "";
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_DIGITS || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		return Long.parseLong(text);
	}

}
