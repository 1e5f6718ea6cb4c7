package io.cocemu.web;

/**
 * The COC success envelope, {@code {"data": ...}}.
 *
 * @param <T> the type of the payload
 * @param data the payload
 */
public record DataBody<T>(T data) {
}
