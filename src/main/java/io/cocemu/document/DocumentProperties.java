package io.cocemu.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the public jobs come from.
 *
 * @param publicCatalogue the catalogue of public jobs: a JSON array of jobs, each naming
 * its runbook file relative to the catalogue
 */
@ConfigurationProperties("cocemu.documents")
public record DocumentProperties(@DefaultValue("classpath:public-documents/catalogue.json") Resource publicCatalogue) {
}
