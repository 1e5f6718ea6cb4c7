package io.cocemu.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cocemu.runbook.Runbook.Meta;
import io.cocemu.runbook.Runbook.Output;
import io.cocemu.runbook.Runbook.Parameter;
import io.cocemu.runbook.Runbook.Step;
import io.cocemu.runbook.Value.Kind;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed YAML node graph into a {@link Runbook}, reporting every part of the
 * wrong shape: a missing or misspelt key, a list where a mapping belongs, a number where
 * a name belongs.
 * <p>
 * Aliases make the graph share nodes; each node is read once and its references are
 * remembered, so that a runbook full of aliases costs no more than one without.
 */
final class RunbookReader {

	private static final Pattern GLOBAL = Pattern.compile("\\{\\{\\s*\\$globals\\.([A-Za-z0-9_\\-]+)\\s*}}");

	private static final Set<String> TOP = Set.of("meta", "inputs", "steps");

	private static final Set<String> META = Set.of("name", "schemaVersion", "description");

	private static final Set<String> PARAMETER = Set.of("type", "default", "paramSource", "description", "region");

	private static final Set<String> STEP = Set.of("name", "description", "task", "inputs", "outputs");

	private static final Set<String> OUTPUT = Set.of("name", "selector", "type");

	// Required keys in the order their findings are reported.
	private static final List<String> TOP_REQUIRED = List.of("inputs", "meta", "steps");

	private static final List<String> META_REQUIRED = List.of("description", "name", "schemaVersion");

	private static final List<String> PARAMETER_REQUIRED = List.of("default", "description", "paramSource", "type");

	private static final List<String> STEP_REQUIRED = List.of("name", "task");

	private final Findings findings;

	private final Map<Node, List<String>> globals = new IdentityHashMap<>();

	// Runbooks repeat their references ("{{$globals.region}}" in every step): one match
	// each.
	private final Map<String, List<String>> textGlobals = new HashMap<>();

	RunbookReader(Findings findings) {
		this.findings = findings;
	}

	Runbook read(Node root) {
		if (!(root instanceof MappingNode mapping)) {
			report(Rule.STRUCTURE, (root != null) ? position(root) : Position.START,
					"a runbook must be a mapping with meta, inputs and steps, but is "
							+ ((root != null) ? value(root).kind().describe() : "empty"));
			return new Runbook(null, List.of(), List.of());
		}
		Map<String, NodeTuple> entries = entries(mapping, TOP, "the runbook");
		requireKeys(entries, TOP_REQUIRED, "the runbook", position(root));
		return new Runbook(meta(entries.get("meta")), parameters(entries.get("inputs")), steps(entries.get("steps")));
	}

	private Meta meta(NodeTuple entry) {
		MappingNode mapping = mapping(entry, "meta");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = entries(mapping, META, "meta");
		requireKeys(entries, META_REQUIRED, "meta", position(mapping));
		return new Meta(position(mapping), scalar(entries, "name", "meta"), scalar(entries, "schemaVersion", "meta"),
				scalar(entries, "description", "meta"));
	}

	private List<Parameter> parameters(NodeTuple entry) {
		MappingNode mapping = mapping(entry, "inputs");
		if (mapping == null) {
			return List.of();
		}
		List<Parameter> parameters = new ArrayList<>();
		entries(mapping, null, "inputs").forEach((name, tuple) -> {
			String owner = "inputs." + name;
			MappingNode definition = mapping(tuple, owner);
			if (definition != null) {
				Map<String, NodeTuple> fields = entries(definition, PARAMETER, owner);
				requireKeys(fields, PARAMETER_REQUIRED, owner, position(definition));
				parameters.add(new Parameter(position(tuple.getKeyNode()), name, scalar(fields, "type", owner),
						scalar(fields, "default", owner), scalar(fields, "paramSource", owner),
						scalar(fields, "description", owner), scalar(fields, "region", owner)));
			}
		});
		return parameters;
	}

	private List<Step> steps(NodeTuple entry) {
		if (entry == null) {
			return List.of();
		}
		if (!(entry.getValueNode() instanceof SequenceNode sequence)) {
			wrongKind(entry.getValueNode(), "steps", "a list");
			return List.of();
		}
		if (sequence.getValue().isEmpty()) {
			report(Rule.NO_STEPS, position(sequence), "steps must hold at least one step");
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			Node item = sequence.getValue().get(i);
			String owner = "steps[" + i + "]";
			if (!(item instanceof MappingNode mapping)) {
				wrongKind(item, owner, "a mapping");
				continue;
			}
			Map<String, NodeTuple> fields = entries(mapping, STEP, owner);
			requireKeys(fields, STEP_REQUIRED, owner, position(mapping));
			steps.add(step(mapping, fields, owner));
		}
		return steps;
	}

	private Step step(MappingNode mapping, Map<String, NodeTuple> fields, String owner) {
		Map<String, Value> inputs = new LinkedHashMap<>();
		Map<String, Position> inputPositions = new LinkedHashMap<>();
		MappingNode inputMapping = mapping(fields.get("inputs"), owner + ".inputs");
		if (inputMapping != null) {
			entries(inputMapping, null, owner + ".inputs").forEach((key, tuple) -> {
				inputs.put(key, value(tuple.getValueNode()));
				inputPositions.put(key, position(tuple.getKeyNode()));
			});
		}
		return new Step(position(mapping), scalar(fields, "name", owner), scalar(fields, "description", owner),
				scalar(fields, "task", owner), inputs, inputPositions, outputs(fields.get("outputs"), owner));
	}

	private List<Output> outputs(NodeTuple entry, String step) {
		if (entry == null) {
			return List.of();
		}
		if (!(entry.getValueNode() instanceof SequenceNode sequence)) {
			wrongKind(entry.getValueNode(), step + ".outputs", "a list");
			return List.of();
		}
		List<Output> outputs = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			Node item = sequence.getValue().get(i);
			String owner = step + ".outputs[" + i + "]";
			if (!(item instanceof MappingNode mapping)) {
				wrongKind(item, owner, "a mapping with name, selector and type");
				continue;
			}
			Map<String, NodeTuple> fields = entries(mapping, OUTPUT, owner);
			outputs.add(new Output(position(mapping), scalar(fields, "name", owner), scalar(fields, "selector", owner),
					scalar(fields, "type", owner)));
		}
		return outputs;
	}

	private MappingNode mapping(NodeTuple entry, String owner) {
		if (entry == null) {
			return null;
		}
		if (entry.getValueNode() instanceof MappingNode mapping) {
			return mapping;
		}
		wrongKind(entry.getValueNode(), owner, "a mapping");
		return null;
	}

	// The keys of a mapping in order; each key once, and only the known ones if known is
	// given.
	private Map<String, NodeTuple> entries(MappingNode mapping, Set<String> known, String owner) {
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				report(Rule.STRUCTURE, position(tuple.getKeyNode()), "a key of " + owner + " must be text");
				continue;
			}
			String name = key.getValue();
			if (entries.putIfAbsent(name, tuple) != null) {
				report(Rule.DUPLICATE_KEY, position(key), owner + " has the key " + name + " more than once");
			}
			else if (known != null && !known.contains(name)) {
				report(Rule.UNKNOWN_KEY, position(key), owner + " has an unknown key " + name);
			}
		}
		return entries;
	}

	private void requireKeys(Map<String, NodeTuple> entries, List<String> required, String owner, Position at) {
		for (String key : required) {
			if (!entries.containsKey(key)) {
				report(Rule.MISSING_KEY, at, owner + " must have " + key);
			}
		}
	}

	// A field whose value the rules check, whatever its kind; null when absent.
	private Value scalar(Map<String, NodeTuple> entries, String key, String owner) {
		NodeTuple tuple = entries.get(key);
		return (tuple != null) ? value(tuple.getValueNode()) : null;
	}

	private void wrongKind(Node node, String owner, String expected) {
		report(Rule.STRUCTURE, position(node),
				owner + " must be " + expected + ", but is " + value(node).kind().describe());
	}

	Value value(Node node) {
		String text = (node instanceof ScalarNode scalar) ? scalar.getValue() : null;
		return new Value(kind(node), text, position(node), globals(node));
	}

	private List<String> globals(Node node) {
		if (node instanceof ScalarNode scalar) {
			return globals(scalar.getValue());
		}
		List<String> known = this.globals.get(node);
		if (known != null) {
			return known;
		}
		// a collection that holds itself through an alias contributes nothing more
		this.globals.put(node, List.of());
		Set<String> names = new LinkedHashSet<>();
		if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> names.addAll(globals(item)));
		}
		else if (node instanceof MappingNode mapping) {
			mapping.getValue().forEach((tuple) -> {
				names.addAll(globals(tuple.getKeyNode()));
				names.addAll(globals(tuple.getValueNode()));
			});
		}
		List<String> found = names.isEmpty() ? List.of() : List.copyOf(names);
		this.globals.put(node, found);
		return found;
	}

	private List<String> globals(String text) {
		if (text.indexOf("{{") < 0) {
			return List.of();
		}
		return this.textGlobals.computeIfAbsent(text, (t) -> {
			Set<String> names = new LinkedHashSet<>();
			Matcher matcher = GLOBAL.matcher(t);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return List.copyOf(names);
		});
	}

	private static Kind kind(Node node) {
		if (node instanceof MappingNode) {
			return Kind.MAPPING;
		}
		if (node instanceof SequenceNode) {
			return Kind.SEQUENCE;
		}
		Tag tag = node.getTag();
		if (Tag.INT.equals(tag)) {
			return Kind.INTEGER;
		}
		if (Tag.FLOAT.equals(tag)) {
			return Kind.FLOAT;
		}
		if (Tag.BOOL.equals(tag)) {
			return Kind.BOOLEAN;
		}
		return Tag.NULL.equals(tag) ? Kind.NULL : Kind.STRING;
	}

	private static Position position(Node node) {
		return new Position(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
	}

	private void report(Rule rule, Position position, String message) {
		this.findings.report(rule, position, message);
	}

}
