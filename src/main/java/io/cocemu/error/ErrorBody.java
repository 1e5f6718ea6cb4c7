package io.cocemu.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The COC error body, {@code {"error_code", "error_msg"}}.
 */
record ErrorBody(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg) {
}
