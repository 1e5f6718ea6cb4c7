/**
 * HTTP plumbing every module shares: request bodies read as JSON whatever their content
 * type, bound strictly to records, and the {@code {"data": ...}} success envelope.
 */
package io.cocemu.web;
