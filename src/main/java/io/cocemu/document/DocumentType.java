package io.cocemu.document;

import io.cocemu.error.InvalidParameterException;

/**
 * Whose jobs an operation looks at: the caller's own, or the public catalogue every
 * tenant sees.
 */
public enum DocumentType {

	PRIVATE, PUBLIC;

	/**
	 * Reads the {@code document_type} parameter. {@code NORMAL} is the older name of
	 * {@code PRIVATE} (coc-api.md, section 11, row 4); no value means {@code PRIVATE}.
	 * @param text the parameter, or null
	 * @return the type
	 * @throws InvalidParameterException for any other value
	 */
	public static DocumentType fromParameter(String text) {
		if (text == null || text.isEmpty() || text.equals("PRIVATE") || text.equals("NORMAL")) {
			return PRIVATE;
		}
		if (text.equals("PUBLIC")) {
			return PUBLIC;
		}
		throw new InvalidParameterException("document_type must be one of PRIVATE, NORMAL, PUBLIC");
	}

}
