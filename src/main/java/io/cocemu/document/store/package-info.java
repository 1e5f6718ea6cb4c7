/**
 * Storage of jobs, internal to the document module.
 */
package io.cocemu.document.store;
