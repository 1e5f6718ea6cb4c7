/**
 * Who is calling: the tenant and the user name of a request, used by every module.
 */
package io.cocemu.tenant;
