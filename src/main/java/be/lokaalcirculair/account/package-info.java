/**
 * Accounts, organisation membership, roles, login and data-subject rights (filled in by
 * its own issue).
 */

package be.lokaalcirculair.account;
