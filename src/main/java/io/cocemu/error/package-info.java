/**
 * The Huawei response envelope shared by every module: error codes, the COC and gateway
 * error bodies, the one exception handler and the {@code X-request-id} header.
 */
package io.cocemu.error;
