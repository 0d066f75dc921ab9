/**
 * The practice fiche: its content, life cycle and public pages.
 */

package be.lokaalcirculair.practice;
