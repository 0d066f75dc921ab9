/**
 * The learning network: events, registrations, attendance and masterclass series (filled
 * in by its own issue).
 */

package be.lokaalcirculair.network;
