package io.cocemu.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A tag of a job; key and value are both optional, as in the API definition.
 *
 * @param key the tag key, or null
 * @param value the tag value, or null
 */
@Embeddable
public record DocumentTag(@Column(name = "tag_key") String key, @Column(name = "tag_value") String value) {
}
