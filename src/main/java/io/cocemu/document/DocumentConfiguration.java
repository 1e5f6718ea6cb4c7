package io.cocemu.document;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock jobs are stamped with.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
