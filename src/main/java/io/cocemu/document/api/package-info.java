/**
 * The COC document paths, {@code /v1/documents}.
 */
package io.cocemu.document.api;
