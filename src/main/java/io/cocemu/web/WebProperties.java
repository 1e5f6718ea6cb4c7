package io.cocemu.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxRequestBody the largest request body read; larger ones get 413
 */
@ConfigurationProperties("cocemu.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
