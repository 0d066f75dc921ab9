package be.lokaalcirculair.organisation;

/**
 * A province, identified by its NIS code (Vlaams-Brabant is 20001).
 *
 * @param nisCode the five-digit NIS code
 * @param name the Dutch name
 */
public record Province(String nisCode, String name) {
}
