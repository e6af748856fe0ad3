package org.canvassaudit.report;

/**
 * One line of a list of items in the HQ report, such as a quarantined file and why.
 *
 * @param item the item
 * @param detail what to know about it
 */
record HqItem(String item, String detail) {
}
