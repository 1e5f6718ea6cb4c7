package io.cocemu.document;

/**
 * One entry of a job's version history.
 *
 * @param version the version name, {@code v1}, {@code v2}, ...
 * @param versionUuid the version's id
 * @param createTime when the version was made, epoch milliseconds
 */
public record VersionSummary(String version, String versionUuid, long createTime) {
}
