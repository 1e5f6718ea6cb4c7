package io.cocemu.runbook.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.runbook.Atomic;
import io.cocemu.runbook.AtomicInput;

/**
 * ShowDocumentAtomicInfo's {@code data}: the atomic with its inputs and, as one object,
 * its outputs (coc-api.md, section 3.13).
 */
record AtomicView(@JsonProperty("atomic_unique_key") String key, @JsonProperty("atomic_name_zh") String nameZh,
		@JsonProperty("atomic_name_en") String nameEn, List<String> tags, List<Input> inputs, Outputs outputs) {

	static AtomicView from(Atomic atomic) {
		return new AtomicView(atomic.key(), atomic.nameZh(), atomic.nameEn(), atomic.tags(),
				atomic.inputs().stream().map(Input::from).toList(),
				new Outputs(atomic.outputs().supported(), atomic.outputs().type()));
	}

	// Limits that do not apply to an input are left out, not written as null.
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Input(@JsonProperty("param_key") String key, @JsonProperty("param_name_zh") String nameZh,
			@JsonProperty("param_name_en") String nameEn, boolean required,
			@JsonProperty("param_type") String paramType, Integer min, Integer max,
			@JsonProperty("min_len") Integer minLength, @JsonProperty("max_len") Integer maxLength, String pattern) {

		static Input from(AtomicInput input) {
			return new Input(input.key(), input.nameZh(), input.nameEn(), input.required(), input.paramType(),
					input.min(), input.max(), input.minLength(), input.maxLength(), input.pattern());
		}

	}

	record Outputs(boolean supported, String type) {
	}

}
