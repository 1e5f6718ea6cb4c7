package io.cocemu.runbook;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.cocemu.runbook.Runbook.Meta;
import io.cocemu.runbook.Runbook.Output;
import io.cocemu.runbook.Runbook.Parameter;
import io.cocemu.runbook.Runbook.Step;
import io.cocemu.runbook.Value.Kind;

/**
 * The rules of a runbook beyond its shape: the schema version, the global inputs, steps
 * and their tasks, each step's inputs against its atomic, references to global inputs,
 * and outputs.
 */
final class RunbookRules {

	private static final Pattern TASK = Pattern
		.compile("[A-Za-z0-9_\\-]+:[A-Za-z0-9_\\-]+:[A-Za-z0-9_\\-]+@\\d+\\.\\d+\\.\\d+");

	private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	private static final Set<String> PARAM_SOURCES = Set.of("CUSTOM", "INSTANCE");

	private final AtomicCatalogue atomics;

	private final Findings findings;

	private final InputRules inputRules;

	RunbookRules(AtomicCatalogue atomics, Findings findings) {
		this.atomics = atomics;
		this.findings = findings;
		this.inputRules = new InputRules(findings);
	}

	void check(Runbook runbook) {
		if (runbook.meta() != null) {
			meta(runbook.meta());
		}
		Set<String> declared = new HashSet<>();
		runbook.inputs().forEach((parameter) -> {
			parameter(parameter);
			declared.add(parameter.name());
		});
		steps(runbook.steps(), declared);
	}

	private void meta(Meta meta) {
		text(meta.name(), "meta.name", false);
		text(meta.description(), "meta.description", true);
		Value version = meta.schemaVersion();
		if (version != null && !(version.kind() == Kind.INTEGER && version.text().equals("3"))) {
			report(Rule.SCHEMA_VERSION, version.position(),
					"meta.schemaVersion must be 3, the only schema version, but is " + describe(version));
		}
	}

	private void parameter(Parameter parameter) {
		String owner = "inputs." + parameter.name();
		if (!INPUT_NAME.matcher(parameter.name()).matches()) {
			report(Rule.INPUT_DEFINITION, parameter.position(), "the input name " + parameter.name()
					+ " must start with a letter or _ and hold only letters, digits, _ and -");
		}
		if (text(parameter.type(), owner + ".type", false) && !parameter.type().text().equals("string")) {
			report(Rule.INPUT_TYPE_UNUSUAL, parameter.type().position(),
					owner + ".type is " + parameter.type().text() + "; every known runbook uses string");
		}
		Value source = parameter.paramSource();
		if (text(source, owner + ".paramSource", false) && !PARAM_SOURCES.contains(source.text())) {
			report(Rule.INPUT_DEFINITION, source.position(),
					owner + ".paramSource must be CUSTOM or INSTANCE, but is " + source.text());
		}
		if (parameter.defaultValue() != null
				&& (parameter.defaultValue().kind() == Kind.NULL || !parameter.defaultValue().isScalar())) {
			report(Rule.INPUT_DEFINITION, parameter.defaultValue().position(),
					owner + ".default must be a value; use \"\" for none");
		}
		text(parameter.description(), owner + ".description", true);
		text(parameter.region(), owner + ".region", false);
	}

	private void steps(List<Step> steps, Set<String> declared) {
		Set<String> names = new HashSet<>();
		for (Step step : steps) {
			String owner = (step.name() != null) ? "step " + step.name().text() : "a step";
			if (text(step.name(), "steps.name", false) && !names.add(step.name().text())) {
				report(Rule.DUPLICATE_STEP, step.name().position(),
						"step name " + step.name().text() + " is used by an earlier step");
			}
			text(step.description(), owner + ": description", true);
			Optional<Atomic> atomic = task(step, owner);
			step.inputs().forEach((key, value) -> references(value, owner + ": input " + key, declared));
			atomic.ifPresent((a) -> inputs(step, a, owner));
			outputs(step, owner);
		}
	}

	private Optional<Atomic> task(Step step, String owner) {
		Value task = step.task();
		if (!text(task, owner + ": task", false)) {
			return Optional.empty();
		}
		Optional<Atomic> atomic = this.atomics.forTask(task.text());
		if (atomic.isPresent()) {
			return atomic;
		}
		if (!TASK.matcher(task.text()).matches()) {
			report(Rule.TASK_FORMAT, task.position(),
					owner + ": task " + task.text() + " must look like namespace:service:action@1.0.0");
		}
		else {
			report(Rule.UNKNOWN_TASK, task.position(),
					owner + ": task " + task.text() + " is not an atomic capability; known tasks: " + knownTasks());
		}
		return Optional.empty();
	}

	private void inputs(Step step, Atomic atomic, String owner) {
		Set<String> known = new HashSet<>();
		for (AtomicInput input : atomic.inputs()) {
			known.add(input.key());
			Value value = step.inputs().get(input.key());
			if (value == null) {
				if (input.required()) {
					report(Rule.MISSING_INPUT, step.position(),
							owner + ": " + atomic.key() + " needs the input " + input.key());
				}
			}
			else {
				this.inputRules.check(input, value, owner + ": input " + input.key());
			}
		}
		step.inputs()
			.keySet()
			.stream()
			.filter((key) -> !known.contains(key))
			.forEach((key) -> report(Rule.UNKNOWN_INPUT, step.inputPositions().get(key),
					owner + ": " + atomic.key() + " has no input " + key + "; its inputs: " + inputKeys(atomic)));
	}

	private void references(Value value, String owner, Set<String> declared) {
		value.globals()
			.stream()
			.filter((name) -> !declared.contains(name))
			.forEach((name) -> report(Rule.UNDECLARED_GLOBAL, value.position(),
					owner + " refers to {{$globals." + name + "}}, which inputs does not declare"));
	}

	private void outputs(Step step, String owner) {
		for (Output output : step.outputs()) {
			outputField(output, output.name(), "name", owner);
			outputField(output, output.selector(), "selector", owner);
			outputField(output, output.type(), "type", owner);
		}
	}

	private void outputField(Output output, Value value, String field, String owner) {
		if (value == null || value.kind() != Kind.STRING || value.text().isBlank()) {
			report(Rule.OUTPUT, (value != null) ? value.position() : output.position(),
					owner + ": every output needs a " + field + " in text");
		}
	}

	// A scalar that must be text; reports anything else. Answers whether it is usable
	// text.
	private boolean text(Value value, String what, boolean mayBeEmpty) {
		if (value == null) {
			return false;
		}
		if (value.kind() != Kind.STRING) {
			report(Rule.STRUCTURE, value.position(), what + " must be text, but is " + value.kind().describe());
			return false;
		}
		if (!mayBeEmpty && value.text().isBlank()) {
			report(Rule.STRUCTURE, value.position(), what + " must not be empty");
			return false;
		}
		return true;
	}

	// An integer is shown as itself, anything else by its kind: "3" the string is not 3.
	private static String describe(Value value) {
		return (value.kind() == Kind.INTEGER) ? value.text() : value.kind().describe();
	}

	private String knownTasks() {
		return String.join(", ", this.atomics.all().stream().map(Atomic::task).toList());
	}

	private static String inputKeys(Atomic atomic) {
		return String.join(", ", atomic.inputs().stream().map(AtomicInput::key).toList());
	}

	private void report(Rule rule, Position position, String message) {
		this.findings.report(rule, position, message);
	}

}
