package io.cocemu.tenant;

/**
 * The tenant a request acts for and the user name recorded as creator or modifier.
 *
 * @param tenantId the tenant that owns what the request creates
 * @param userName the name written to {@code creator} and {@code modifier}
 */
public record Caller(String tenantId, String userName) {
}
