package io.cocemu.document.store;

import io.cocemu.document.Document;

import org.springframework.data.repository.Repository;

/**
 * Where jobs are kept.
 */
public interface DocumentRepository extends Repository<Document, String>, DocumentInserts {

}
