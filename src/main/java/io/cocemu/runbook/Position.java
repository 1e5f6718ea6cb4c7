package io.cocemu.runbook;

/**
 * Where something is in a runbook, as people count: lines and columns from 1, columns in
 * characters.
 *
 * @param line the line
 * @param column the column
 */
public record Position(int line, int column) {

	static final Position START = new Position(1, 1);

	@Override
	public String toString() {
		return "line " + this.line + ", column " + this.column;
	}

}
