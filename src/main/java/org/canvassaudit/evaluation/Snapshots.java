package org.canvassaudit.evaluation;

/**
 * The reference snapshots an evaluation used, by file number; {@code null} when none is
 * held.
 *
 * @param seats the seats snapshot
 * @param candidates the candidates snapshot
 * @param twinning the twinning snapshot
 * @param recess the recess snapshot
 */
public record Snapshots(Integer seats, Integer candidates, Integer twinning, Integer recess) {
}
