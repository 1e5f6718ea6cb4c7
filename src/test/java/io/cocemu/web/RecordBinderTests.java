package io.cocemu.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.error.InvalidParameterException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecordBinderTests {

	private final RecordBinder binder = new RecordBinder(Validation.byProvider(HibernateValidator.class)
		.configure()
		.defaultLocale(Locale.ROOT)
		.buildValidatorFactory()
		.getValidator());

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void bindsWireNamesNestedRecordsListsAndEnums() {
		Sample sample = bind("""
				{"plain_name": "x", "level": "HIGH", "items": [{"item_key": "k"}, {}], "ignored": 1}""");
		assertThat(sample).isEqualTo(new Sample("x", Level.HIGH, List.of(new Item("k"), new Item(null))));
	}

	@Test
	void treatsNullAndMissingAlike() {
		assertThat(bind("""
				{"plain_name": "x", "level": null}""")).isEqualTo(new Sample("x", null, null));
	}

	@Test
	void namesEveryOffendingFieldInOrder() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> bind("""
				{"level": "NONE", "items": [3, null, {"item_key": 5}]}"""))
			.withMessage("items[0] must be an object | items[1] must not be null | items[2].item_key must be a string"
					+ " | level must be one of LOW, HIGH | plain_name must not be null");
	}

	@Test
	void reportsAWrongTypeOnceNotAlsoAsMissing() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> bind("""
				{"plain_name": 12, "items": "no"}"""))
			.withMessage("items must be an array | plain_name must be a string");
	}

	@Test
	void mapsConstraintPathsToWireNames() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> bind("""
				{"plain_name": "", "items": [{"item_key": "toolong"}]}"""))
			.withMessage("items[0].item_key size must be between 0 and 3 | plain_name size must be between 1 and 2");
	}

	@Test
	void bindsIntegersAndBooleansStrictly() {
		assertThat(this.binder.bind(this.mapper.readTree("""
				{"count": 7, "total": 9000000000, "flag": true}"""), Numbers.class))
			.isEqualTo(new Numbers(7, 9_000_000_000L, true));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.binder.bind(this.mapper.readTree("""
					{"count": 9000000000, "total": "9", "flag": "true"}"""), Numbers.class))
			.withMessage("count must be an integer of 32 bits | flag must be true or false"
					+ " | total must be an integer of 64 bits");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.binder.bind(this.mapper.readTree("""
					{"count": 1.5}"""), Numbers.class))
			.withMessage("count must be an integer of 32 bits");
	}

	@Test
	void rejectsABodyThatIsNotAnObject() {
		for (String body : List.of("[]", "\"text\"", "42", "null")) {
			assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> bind(body))
				.withMessage("request body must be a JSON object");
		}
	}

	private Sample bind(String json) {
		JsonNode tree = this.mapper.readTree(json);
		return this.binder.bind(tree, Sample.class);
	}

	enum Level {

		LOW, HIGH

	}

	record Sample(@JsonProperty("plain_name") @NotNull @Size(min = 1, max = 2) String name, Level level,
			List<@jakarta.validation.Valid Item> items) {
	}

	record Numbers(Integer count, Long total, Boolean flag) {
	}

	record Item(@JsonProperty("item_key") @Size(max = 3) String key) {
	}

}
