package io.cocemu.tenant;

import io.cocemu.error.InvalidParameterException;

import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link Caller} handler argument from the request headers: the tenant is
 * {@code X-Domain-Id} (global credentials), else {@code X-Project-Id} (basic
 * credentials), else the configured default.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	static final int MAX_TENANT_LENGTH = 128;

	private final TenantProperties properties;

	CallerArgumentResolver(TenantProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return new Caller(tenant(request), this.properties.defaultUser());
	}

	private String tenant(NativeWebRequest request) {
		for (String header : new String[] { "X-Domain-Id", "X-Project-Id" }) {
			String value = request.getHeader(header);
			if (StringUtils.hasText(value)) {
				return checked(header, value.strip());
			}
		}
		return this.properties.defaultTenant();
	}

	private static String checked(String header, String tenant) {
		if (tenant.length() > MAX_TENANT_LENGTH) {
			throw new InvalidParameterException(header + " must be at most " + MAX_TENANT_LENGTH + " characters");
		}
		return tenant;
	}

}
