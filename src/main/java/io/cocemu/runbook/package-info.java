/**
 * The runbook language: parsing the YAML of a job's content safely and within its limits.
 * No web or persistence types inside, and no SnakeYAML type leaves it.
 */
package io.cocemu.runbook;
