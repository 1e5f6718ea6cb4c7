package io.cocemu.runbook;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An input of an atomic and the rules for its value. Limits that do not apply are null.
 *
 * @param key the input's key in a step
 * @param nameZh its Chinese name
 * @param nameEn its English name
 * @param required whether a step must give it
 * @param paramType {@code CONSTANT} or {@code DICTIONARY}, as the API shows it
 * @param valueType what its value must be: text, a whole number, or JSON in text (the
 * emulator's own field, not shown by the API)
 * @param min the smallest number allowed
 * @param max the largest number allowed
 * @param minLength the fewest characters allowed
 * @param maxLength the most characters allowed
 * @param pattern a regular expression the whole text must match
 */
public record AtomicInput(@JsonProperty("param_key") String key, @JsonProperty("param_name_zh") String nameZh,
		@JsonProperty("param_name_en") String nameEn, boolean required, @JsonProperty("param_type") String paramType,
		@JsonProperty("value_type") ValueType valueType, Integer min, Integer max,
		@JsonProperty("min_len") Integer minLength, @JsonProperty("max_len") Integer maxLength, String pattern) {

	public AtomicInput {
		if (pattern != null) {
			Pattern.compile(pattern);
		}
	}

	/**
	 * What a value of an input must be.
	 */
	public enum ValueType {

		/** Any scalar, as text. */
		@JsonProperty("string")
		STRING,

		/** A whole number, written as one or as digits in text. */
		@JsonProperty("integer")
		INTEGER,

		/** Text holding JSON, once {@code {{$globals...}}} references are filled in. */
		@JsonProperty("json")
		JSON

	}

}
