package io.cocemu.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of the list operations.
 *
 * @param defaultLimit the page size when a request gives no {@code limit}; 10 is the
 * documented default of the other COC lists (coc-api.md, section 11, row 11)
 * @param maxLimit the largest {@code limit} accepted
 */
@ConfigurationProperties("cocemu.paging")
public record PagingProperties(@DefaultValue("10") int defaultLimit, @DefaultValue("1000") int maxLimit) {

	public PagingProperties {
		if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
			throw new IllegalArgumentException("cocemu.paging needs 1 <= default-limit <= max-limit, but has "
					+ defaultLimit + " and " + maxLimit);
		}
	}

}
