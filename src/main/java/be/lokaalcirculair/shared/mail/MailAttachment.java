package be.lokaalcirculair.shared.mail;

/**
 * A text file that goes with a mail, such as an event's {@code .ics}.
 *
 * @param fileName the file name the recipient sees
 * @param contentType the media type, e.g. {@code text/calendar; charset=UTF-8}
 * @param content the text of the file
 */
public record MailAttachment(String fileName, String contentType, String content) {
}
