package be.lokaalcirculair.opendata;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of an import's report, in the language of the person importing (the locale of
 * the request, or of the import job in the background).
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	String text(ImportRefused refused) {
		return text(refused.messageKey(), refused.arguments());
	}

}
