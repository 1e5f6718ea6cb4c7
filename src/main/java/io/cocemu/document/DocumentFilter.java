package io.cocemu.document;

import java.util.Locale;

/**
 * The filters of ListDocuments (coc-api.md, section 3.2). A null or empty filter matches
 * everything.
 *
 * @param nameLike a part of the name, in any case
 * @param creator the exact creator
 * @param enterpriseProjectId the exact enterprise project
 */
public record DocumentFilter(String nameLike, String creator, String enterpriseProjectId) {

	public static final DocumentFilter NONE = new DocumentFilter(null, null, null);

	public DocumentFilter {
		nameLike = emptyToNull(nameLike);
		creator = emptyToNull(creator);
		enterpriseProjectId = emptyToNull(enterpriseProjectId);
	}

	/**
	 * The name part in lower case, as it is matched.
	 * @return the lower-case name part, or null
	 */
	public String nameLikeLowerCase() {
		return (this.nameLike != null) ? this.nameLike.toLowerCase(Locale.ROOT) : null;
	}

	boolean matches(DocumentSummary document) {
		return (this.nameLike == null || document.name().toLowerCase(Locale.ROOT).contains(nameLikeLowerCase()))
				&& (this.creator == null || this.creator.equals(document.creator()))
				&& (this.enterpriseProjectId == null
						|| this.enterpriseProjectId.equals(document.enterpriseProjectId()));
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
