package io.cocemu.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who a request is when it does not say.
 *
 * @param defaultTenant the tenant of a request without {@code X-Domain-Id} or
 * {@code X-Project-Id}
 * @param defaultUser the creator and modifier name of every request
 */
@ConfigurationProperties("cocemu.tenant")
public record TenantProperties(@DefaultValue("default") String defaultTenant,
		@DefaultValue("COC-emulator") String defaultUser) {
}
