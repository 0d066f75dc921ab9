/**
 * The front page, which brings together what the other modules offer.
 */

package be.lokaalcirculair.home;
