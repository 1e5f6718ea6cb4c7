package io.cocemu.runbook;

import java.util.Set;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML 1.1 type of a scalar, as SnakeYAML's resolver decides it, without running its
 * regular expressions on the scalars that cannot be numbers.
 */
final class ScalarTypes {

	private static final Resolver RESOLVER = new Resolver();

	private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL", " ");

	private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
			"false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");

	private ScalarTypes() {
	}

	// The YAML 1.1 types of SnakeYAML's resolver, without its regular expressions for the
	// scalars that cannot be numbers: most of a runbook is names and text.
	static Tag of(String value, boolean plain) {
		if (!plain) {
			return Tag.STR;
		}
		if (value.isEmpty() || NULLS.contains(value)) {
			return Tag.NULL;
		}
		if (BOOLEANS.contains(value)) {
			return Tag.BOOL;
		}
		if (isDecimal(value)) {
			return Tag.INT;
		}
		char first = value.charAt(0);
		boolean mayBeNumber = (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '<'
				|| (first == '.' && !isSelector(value));
		return mayBeNumber ? RESOLVER.resolve(NodeId.scalar, value, true) : Tag.STR;
	}

	// 0, or digits without a leading zero (a leading zero makes YAML 1.1 octal or float).
	private static boolean isDecimal(String value) {
		if (value.equals("0")) {
			return true;
		}
		if (value.charAt(0) < '1' || value.charAt(0) > '9' || value.length() > 18) {
			return false;
		}
		for (int i = 1; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	// ".servers", an output selector: only .inf, .nan and the like are numbers.
	private static boolean isSelector(String value) {
		if (value.length() < 2) {
			return false;
		}
		char second = value.charAt(1);
		return second == '_' || (Character.isLetter(second) && "iInN".indexOf(second) < 0);
	}

}
