package io.cocemu.runbook;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An atomic capability: a kind of step, the task name a runbook uses for it, and the
 * inputs it takes (coc-api.md, sections 3.12, 3.13 and 8).
 *
 * @param key the atomic's key, e.g. {@code execute_api}
 * @param nameZh its Chinese name
 * @param nameEn its English name
 * @param tags {@code FUNCTION} or {@code CLOUD_API}
 * @param task the task a step names to use it, e.g. {@code hwc:runbook:executeAPI@1.0.0}
 * @param inputs the inputs a step of it takes
 * @param outputs what it outputs
 */
public record Atomic(@JsonProperty("atomic_unique_key") String key, @JsonProperty("atomic_name_zh") String nameZh,
		@JsonProperty("atomic_name_en") String nameEn, List<String> tags, String task, List<AtomicInput> inputs,
		AtomicOutput outputs) {

	public Atomic {
		tags = List.copyOf(tags);
		inputs = List.copyOf(inputs);
	}

	/**
	 * What an atomic outputs.
	 *
	 * @param supported whether its step can have outputs
	 * @param type the type of its outputs
	 */
	public record AtomicOutput(boolean supported, String type) {
	}

}
