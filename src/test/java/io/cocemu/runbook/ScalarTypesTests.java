package io.cocemu.runbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

import static org.assertj.core.api.Assertions.assertThat;

class ScalarTypesTests {

	private static final Resolver SNAKEYAML = new Resolver();

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "~", "null", "Null", "NULL", "nul", "yes", "No", "ON", "off", "true", "False",
			"y", "n", "0", "7", "30", "300", "09", "007", "0x1F", "0b101", "0o17", "1_000", "-5", "+5", "1:30", "3.0",
			".5", ".servers", ".inf", ".Inf", ".nan", ".NaN", "._x", ".", "1e3", "2001-12-14",
			"2001-12-14t21:59:43.10-05:00", "<<", "<", "ECS", "hwc:runbook:suspend@1.0.0", "{{$globals.region}}",
			"12345678901234567890", "-", "+", "name", "task", "String", "cn-north-4", "'quoted'" })
	void resolvesPlainScalarsAsSnakeYamlDoes(String value) {
		assertThat(ScalarTypes.of(value, true)).isEqualTo(SNAKEYAML.resolve(NodeId.scalar, value, true));
	}

}
