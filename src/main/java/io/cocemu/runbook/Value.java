package io.cocemu.runbook;

import java.util.List;

/**
 * A value in a runbook, where it is, and the global inputs it refers to.
 *
 * @param kind what kind of YAML value it is
 * @param text the text of a scalar, null for a collection
 * @param position where it starts
 * @param globals the names of every {@code {{$globals.NAME}}} inside it, collections
 * included
 */
public record Value(Kind kind, String text, Position position, List<String> globals) {

	public Value {
		globals = List.copyOf(globals);
	}

	/**
	 * Whether it is a scalar, that is text of some type.
	 * @return true for strings, numbers, booleans and null
	 */
	public boolean isScalar() {
		return this.kind != Kind.MAPPING && this.kind != Kind.SEQUENCE;
	}

	/**
	 * The kinds of YAML value, scalars by the type YAML resolves them to.
	 */
	public enum Kind {

		STRING, INTEGER, FLOAT, BOOLEAN, NULL, MAPPING, SEQUENCE;

		String describe() {
			return switch (this) {
				case MAPPING -> "a mapping";
				case SEQUENCE -> "a list";
				case NULL -> "null";
				case INTEGER -> "an integer";
				case FLOAT -> "a number";
				case BOOLEAN -> "a boolean";
				case STRING -> "a string";
			};
		}

	}

}
