package be.lokaalcirculair.network;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An event (or registration) that does not exist, or not for this caller: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EventNotFound extends RuntimeException {

	EventNotFound() {
		super("not found", null, false, false);
	}

}
