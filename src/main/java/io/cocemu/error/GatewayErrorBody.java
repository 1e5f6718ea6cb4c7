package io.cocemu.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The API Gateway error body, which adds the request id to the COC fields.
 */
record GatewayErrorBody(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg,
		@JsonProperty("request_id") String requestId) {
}
