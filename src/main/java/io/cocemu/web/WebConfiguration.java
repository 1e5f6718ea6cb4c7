package io.cocemu.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the strict JSON reader first, reads paging parameters, and answers JSON whatever
 * the client accepts, as the real service does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebProperties.class, PagingProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	private final JsonBodyConverter jsonBodyConverter;

	private final PagingProperties paging;

	WebConfiguration(JsonMapper mapper, WebProperties properties, PagingProperties paging) {
		this.jsonBodyConverter = new JsonBodyConverter(mapper, new RecordBinder(bodyValidator().getValidator()),
				properties);
		this.paging = paging;
	}

	// Messages in one language, whatever the machine's locale, so that clients and tests
	// see the same text everywhere.
	private static ValidatorFactory bodyValidator() {
		return Validation.byProvider(HibernateValidator.class)
			.configure()
			.defaultLocale(Locale.ROOT)
			.locales(Locale.ROOT)
			.buildValidatorFactory();
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(this.jsonBodyConverter);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PagingArgumentResolver(this.paging));
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
	}

}
