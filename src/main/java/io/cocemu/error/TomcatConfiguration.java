package io.cocemu.error;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Tomcat's host the Huawei error report valve. Boot offers no hook that reaches the
 * host before it installs its default valve, so the factory is extended; Boot's
 * customizers still apply to it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatServletWebServerFactory tomcatServletWebServerFactory() {
		return new TomcatServletWebServerFactory() {

			@Override
			protected TomcatWebServer getTomcatWebServer(Tomcat tomcat) {
				((StandardHost) tomcat.getHost()).setErrorReportValveClass(CocErrorReportValve.class.getName());
				return super.getTomcatWebServer(tomcat);
			}

		};
	}

}
