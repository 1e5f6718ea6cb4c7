/**
 * Custom jobs (documents): their versions, tags, ids and the rules for creating them.
 */
package io.cocemu.document;
