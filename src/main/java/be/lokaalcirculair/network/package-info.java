/**
 * The learning network: events with their agenda and iCalendar feed, registrations with a
 * waiting list, attendance, and the editors' tools to run them.
 */
package be.lokaalcirculair.network;
