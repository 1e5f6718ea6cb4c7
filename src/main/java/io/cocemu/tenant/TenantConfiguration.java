package io.cocemu.tenant;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets handlers take the {@link Caller} as an argument.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenantProperties.class)
class TenantConfiguration implements WebMvcConfigurer {

	private final TenantProperties properties;

	TenantConfiguration(TenantProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver(this.properties));
	}

}
