/**
 * The atomic capabilities, {@code /v1/atomics}, and the emulator's runbook check,
 * {@code /_emulator/runbooks/check}.
 */
package io.cocemu.runbook.api;
