package io.cocemu.runbook;

import java.util.List;
import java.util.Map;

/**
 * A runbook read into the parts of the language (coc-api.md, section 7), each with its
 * position. A part that is missing or of the wrong kind is null or empty here; the
 * findings of the reader say which.
 *
 * @param meta the {@code meta} mapping, or null
 * @param inputs the global inputs, in the order written
 * @param steps the steps, in the order written
 */
public record Runbook(Meta meta, List<Parameter> inputs, List<Step> steps) {

	public Runbook {
		inputs = List.copyOf(inputs);
		steps = List.copyOf(steps);
	}

	/**
	 * The {@code meta} mapping.
	 *
	 * @param position where it is
	 * @param name its name, or null
	 * @param schemaVersion its schema version, or null
	 * @param description its description, or null
	 */
	public record Meta(Position position, Value name, Value schemaVersion, Value description) {
	}

	/**
	 * A global input, {@code inputs.NAME}.
	 *
	 * @param position where its name is
	 * @param name its name
	 * @param type its type, or null
	 * @param defaultValue its default, or null
	 * @param paramSource where its value comes from, or null
	 * @param description its description, or null
	 * @param region its region, or null
	 */
	public record Parameter(Position position, String name, Value type, Value defaultValue, Value paramSource,
			Value description, Value region) {
	}

	/**
	 * A step.
	 *
	 * @param position where it is
	 * @param name its name, or null
	 * @param description its description, or null
	 * @param task its task, or null
	 * @param inputs its inputs by key, in the order written
	 * @param inputPositions where each input's key is
	 * @param outputs its outputs
	 */
	public record Step(Position position, Value name, Value description, Value task, Map<String, Value> inputs,
			Map<String, Position> inputPositions, List<Output> outputs) {
	}

	/**
	 * An output of a step.
	 *
	 * @param position where it is
	 * @param name its name, or null
	 * @param selector its selector, or null
	 * @param type its type, or null
	 */
	public record Output(Position position, Value name, Value selector, Value type) {
	}

}
