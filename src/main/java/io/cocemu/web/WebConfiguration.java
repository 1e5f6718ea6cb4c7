package io.cocemu.web;

import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the strict JSON reader first and answers JSON whatever the client accepts, as the
 * real service does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	private final JsonBodyConverter jsonBodyConverter;

	WebConfiguration(JsonMapper mapper, WebProperties properties) {
		this.jsonBodyConverter = new JsonBodyConverter(mapper, new RecordBinder(bodyValidator().getValidator()),
				properties);
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
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
	}

}
