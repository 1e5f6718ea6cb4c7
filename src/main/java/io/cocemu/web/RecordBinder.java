package io.cocemu.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cocemu.error.InvalidParameterException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.databind.JsonNode;

/**
 * Binds a JSON object to a request record and validates it, collecting every problem
 * (wrong JSON types and constraint violations alike) before it answers, so that one
 * response names every offending field. Jackson's binding stops at the first one.
 */
final class RecordBinder {

	// Reflection on a record's components costs more than binding it; do it once a type.
	private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
		@Override
		protected RecordShape computeValue(Class<?> type) {
			return RecordShape.of(type);
		}
	};

	private final Validator validator;

	RecordBinder(Validator validator) {
		this.validator = validator;
	}

	<T> T bind(JsonNode json, Class<T> type) {
		if (json == null || !json.isObject()) {
			throw new InvalidParameterException("request body must be a JSON object");
		}
		Problems problems = new Problems();
		T value = type.cast(readRecord(json, type, "", problems));
		for (ConstraintViolation<T> violation : this.validator.validate(value)) {
			problems.violation(wirePath(type, violation.getPropertyPath()), violation.getMessage());
		}
		problems.throwIfAny();
		return value;
	}

	private Object readRecord(JsonNode json, Class<?> type, String path, Problems problems) {
		RecordShape shape = SHAPES.get(type);
		Object[] values = new Object[shape.names().length];
		for (int i = 0; i < values.length; i++) {
			String name = shape.names()[i];
			values[i] = read(json.get(name), shape.types()[i], path + name, problems);
		}
		try {
			return shape.constructor().newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot construct " + type.getName(), ex);
		}
	}

	private Object read(JsonNode json, Type type, String path, Problems problems) {
		if (json == null || json.isNull()) {
			return null;
		}
		Class<?> raw = rawClass(type);
		if (raw == String.class) {
			return json.isString() ? json.stringValue() : problems.type(path, "must be a string");
		}
		if (raw == Integer.class || raw == Long.class) {
			return readInteger(json, raw, path, problems);
		}
		if (raw == Boolean.class) {
			return json.isBoolean() ? json.booleanValue() : problems.type(path, "must be true or false");
		}
		if (raw.isEnum()) {
			return readEnum(json, raw, path, problems);
		}
		if (raw == List.class) {
			return readList(json, ((ParameterizedType) type).getActualTypeArguments()[0], path, problems);
		}
		if (raw.isRecord()) {
			return json.isObject() ? readRecord(json, raw, path + ".", problems)
					: problems.type(path, "must be an object");
		}
		if (raw == JsonNode.class) {
			return json;
		}
		throw new IllegalStateException("No JSON binding for " + type);
	}

	private Object readInteger(JsonNode json, Class<?> type, String path, Problems problems) {
		if (json.isInt()) {
			return (type == Integer.class) ? (Object) json.intValue() : (Object) json.longValue();
		}
		if (json.isLong() && type == Long.class) {
			return json.longValue();
		}
		return problems.type(path, "must be an integer" + ((type == Integer.class) ? " of 32 bits" : " of 64 bits"));
	}

	private Object readEnum(JsonNode json, Class<?> type, String path, Problems problems) {
		List<String> names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
		int index = json.isString() ? names.indexOf(json.stringValue()) : -1;
		return (index >= 0) ? type.getEnumConstants()[index]
				: problems.type(path, "must be one of " + String.join(", ", names));
	}

	private List<Object> readList(JsonNode json, Type elementType, String path, Problems problems) {
		if (!json.isArray()) {
			problems.type(path, "must be an array");
			return null;
		}
		List<Object> list = new ArrayList<>(json.size());
		for (int i = 0; i < json.size(); i++) {
			String elementPath = path + "[" + i + "]";
			JsonNode element = json.get(i);
			list.add(element.isNull() ? problems.type(elementPath, "must not be null")
					: read(element, elementType, elementPath, problems));
		}
		return list;
	}

	private static Class<?> rawClass(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	private static String wireName(RecordComponent component) {
		// @JsonProperty cannot target a record component; Java puts it on the accessor
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		return (property != null) ? property.value() : component.getName();
	}

	// Bean Validation reports Java names; the client knows the wire names.
	private static String wirePath(Class<?> root, Path path) {
		StringBuilder wire = new StringBuilder();
		Class<?> current = root;
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				wire.append('[').append(node.getIndex()).append(']');
			}
			RecordComponent component = (node.getName() != null) ? component(current, node.getName()) : null;
			if (component != null) {
				wire.append(wire.isEmpty() ? "" : ".").append(wireName(component));
				current = elementClass(component.getGenericType());
			}
		}
		return wire.toString();
	}

	private static RecordComponent component(Class<?> type, String name) {
		RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
		return Arrays.stream(components).filter((c) -> c.getName().equals(name)).findFirst().orElse(null);
	}

	private static Class<?> elementClass(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			return rawClass(parameterized.getActualTypeArguments()[0]);
		}
		return rawClass(type);
	}

	/**
	 * The wire names, types and constructor of a record.
	 */
	private record RecordShape(String[] names, Type[] types, Constructor<?> constructor) {

		static RecordShape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
				constructor.setAccessible(true);
				return new RecordShape(Arrays.stream(components).map(RecordBinder::wireName).toArray(String[]::new),
						Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new),
						constructor);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("No canonical constructor on " + type.getName(), ex);
			}
		}

	}

	/**
	 * What is wrong with a body. A field of the wrong JSON type is bound as null; its
	 * null-check is then dropped, as the type problem already names the field.
	 */
	private static final class Problems {

		private final Set<String> mistyped = new HashSet<>();

		private final List<String> messages = new ArrayList<>();

		Object type(String path, String message) {
			this.mistyped.add(path);
			this.messages.add(path + " " + message);
			return null;
		}

		void violation(String path, String message) {
			if (!this.mistyped.contains(path)) {
				this.messages.add(path + " " + message);
			}
		}

		void throwIfAny() {
			if (!this.messages.isEmpty()) {
				throw new InvalidParameterException(this.messages.stream().sorted().collect(Collectors.toList()));
			}
		}

	}

}
